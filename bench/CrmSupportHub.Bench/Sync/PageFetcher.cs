using System.Text.Json;
using CrmSupportHub.Sandbox.Pipedrive;

namespace CrmSupportHub.Bench.Sync;

/// <summary>
/// Reads every deals page of a sandbox as bytes only (the cursor is found with a token walk): what
/// the emulator and loopback HTTP cost on their own, to tell them apart from the worker's share.
/// </summary>
internal static class PageFetcher
{
    public static async Task<(int Pages, long Bytes)> FetchAllAsync(PipedriveSandbox sandbox, int pageSize)
    {
        using var http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        http.DefaultRequestHeaders.Add("x-api-token", sandbox.Options.ApiToken);
        string? cursor = null;
        int pages = 0;
        long bytes = 0;
        do
        {
            var query = $"/api/v2/deals?pipeline_id={PipedriveSandbox.SupportPipelineId}&sort_by=update_time&sort_direction=asc&limit={pageSize}";
            var page = await http.GetByteArrayAsync(new Uri(cursor is null ? query : $"{query}&cursor={cursor}", UriKind.Relative)).ConfigureAwait(false);
            pages++;
            bytes += page.Length;
            cursor = NextCursor(page);
        }
        while (cursor is not null);

        return (pages, bytes);
    }

    private static string? NextCursor(byte[] page)
    {
        var reader = new Utf8JsonReader(page);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals("next_cursor"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }

        return null;
    }
}
