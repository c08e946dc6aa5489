using System.Buffers.Text;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>
/// Pipedrive's v2 cursors are base64url JSON naming the last row's sort value and id (e.g.
/// <c>{"field":"id","fieldValue":7,"sortDirection":"asc","id":7}</c>): keyset paging, so rows
/// changed while a client pages move instead of shifting every later page.
/// </summary>
internal readonly record struct PipedriveKeysetCursor(string Field, long FieldValue, string SortDirection, long Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(
        new Payload(Field, FieldValue, SortDirection, Id), PipedriveSandboxJsonContext.Default.Payload));

    public static bool TryDecode(string text, out PipedriveKeysetCursor cursor)
    {
        cursor = default;
        try
        {
            var payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(text), PipedriveSandboxJsonContext.Default.Payload);
            if (payload?.Field is null || payload.SortDirection is null)
            {
                return false;
            }

            cursor = new PipedriveKeysetCursor(payload.Field, payload.FieldValue, payload.SortDirection, payload.Id);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    internal sealed record Payload(string? Field, long FieldValue, string? SortDirection, long Id);
}
