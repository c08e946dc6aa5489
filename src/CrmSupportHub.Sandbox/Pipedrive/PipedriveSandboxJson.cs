using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>Writes the sandbox's answers in the shapes of the vendor's spec examples (v1 users, v2 deals).</summary>
internal static class PipedriveSandboxJson
{
    // Pipedrive does not escape '+' or non-ASCII text; neither does the sandbox.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] DealsPage(IReadOnlyList<PipedriveSandboxDeal> deals, string? nextCursor) => Write(1024 + (deals.Count * 768), w =>
    {
        w.WriteBoolean("success", true);
        w.WriteStartArray("data");
        foreach (var deal in deals)
        {
            Deal(w, deal);
        }

        w.WriteEndArray();
        w.WriteStartObject("additional_data");
        w.WriteString("next_cursor", nextCursor);
        w.WriteEndObject();
    });

    public static byte[] SingleDeal(PipedriveSandboxDeal deal) => Write(w =>
    {
        w.WriteBoolean("success", true);
        w.WritePropertyName("data");
        Deal(w, deal);
    });

    public static byte[] Users(IEnumerable<PipedriveSandboxUser> users, long currentUserId) => Write(w =>
    {
        w.WriteBoolean("success", true);
        w.WriteStartArray("data");
        foreach (var user in users)
        {
            User(w, user, currentUserId);
        }

        w.WriteEndArray();
    });

    public static byte[] CurrentUser(PipedriveSandboxUser user) => Write(w =>
    {
        w.WriteBoolean("success", true);
        w.WritePropertyName("data");
        User(w, user, user.Id);
    });

    public static byte[] Pipeline(long id, string name, DateTimeOffset added) => Write(w =>
    {
        w.WriteBoolean("success", true);
        w.WriteStartObject("data");
        w.WriteNumber("id", id);
        w.WriteString("name", name);
        w.WriteNumber("order_nr", id);
        w.WriteBoolean("is_deleted", false);
        w.WriteBoolean("is_deal_probability_enabled", false);
        w.WriteString("add_time", Rfc3339(added));
        w.WriteString("update_time", Rfc3339(added));
        w.WriteEndObject();
    });

    /// <summary>Pipedrive's error envelope: <c>{ success: false, error, error_info, data: null, additional_data: null }</c>.</summary>
    public static byte[] Error(string error, string info) => Write(w =>
    {
        w.WriteBoolean("success", false);
        w.WriteString("error", error);
        w.WriteString("error_info", info);
        w.WriteNull("data");
        w.WriteNull("additional_data");
    });

    // UTF-8 property names and time values: a 500-deal page is written often when a big sandbox is paged.
    public static void Deal(Utf8JsonWriter w, PipedriveSandboxDeal deal)
    {
        w.WriteStartObject();
        w.WriteNumber("id"u8, deal.Id);
        w.WriteString("title"u8, deal.Title);
        w.WriteNumber("creator_user_id"u8, 1);
        if (deal.OwnerId is { } owner)
        {
            w.WriteNumber("owner_id"u8, owner);
        }
        else
        {
            w.WriteNull("owner_id"u8);
        }

        w.WriteNull("person_id"u8);
        w.WriteNull("org_id"u8);
        w.WriteNumber("pipeline_id"u8, deal.PipelineId);
        w.WriteNumber("stage_id"u8, deal.StageId);
        w.WriteNumber("value"u8, 0);
        w.WriteString("currency"u8, "USD"u8);
        WriteTime(w, "add_time"u8, deal.AddTime);
        WriteTime(w, "update_time"u8, deal.UpdateTime);
        WriteTime(w, "stage_change_time"u8, deal.StageChangeTime);
        w.WriteBoolean("is_deleted"u8, deal.IsDeleted);
        w.WriteBoolean("is_archived"u8, false);
        w.WriteString("status"u8, deal.Status);
        w.WriteNull("probability"u8);
        w.WriteNull("lost_reason"u8);
        w.WriteNumber("visible_to"u8, 3);
        WriteTime(w, "close_time"u8, deal.CloseTime);
        WriteTime(w, "won_time"u8, deal.Status == "won" ? deal.UpdateTime : null);
        WriteTime(w, "lost_time"u8, deal.Status == "lost" ? deal.UpdateTime : null);
        w.WriteNull("expected_close_date"u8);
        w.WriteStartArray("label_ids"u8);
        w.WriteEndArray();
        w.WriteString("origin"u8, "API"u8);
        w.WriteNull("origin_id"u8);
        w.WriteNull("channel"u8);
        w.WriteNull("channel_id"u8);
        w.WriteStartObject("custom_fields"u8);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void User(Utf8JsonWriter w, PipedriveSandboxUser user, long currentUserId)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteString("name", user.Name);
        w.WriteString("email", user.Email);
        w.WriteNull("phone");
        w.WriteBoolean("activated", user.ActiveFlag);
        w.WriteBoolean("active_flag", user.ActiveFlag);
        w.WriteBoolean("is_deleted", user.IsDeleted);
        w.WriteBoolean("is_you", user.Id == currentUserId);
        w.WriteNumber("role_id", 1);
        w.WriteBoolean("has_created_company", user.Id == 1);
        w.WriteString("last_login", V1Time(user.Created));
        w.WriteString("created", V1Time(user.Created));
        w.WriteNull("modified");
        w.WriteStartArray("access");
        w.WriteStartObject();
        w.WriteString("app", "sales");
        w.WriteBoolean("admin", user.Id == 1);
        w.WriteString("permission_set_id", "f07d229d-088a-4144-a40f-1fe64295d180");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("default_currency", "EUR");
        w.WriteString("locale", "en_US");
        w.WriteNumber("lang", 1);
        w.WriteString("timezone_name", "Europe/Kyiv");
        w.WriteString("timezone_offset", "+02:00");
        w.WriteNull("icon_url");
        w.WriteEndObject();
    }

    public static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><see cref="Rfc3339"/> without a string: the sortable "s" format has a fast path.</summary>
    private static void WriteTime(Utf8JsonWriter w, ReadOnlySpan<byte> name, DateTimeOffset? time)
    {
        if (time is not { } value)
        {
            w.WriteNull(name);
            return;
        }

        Span<byte> text = stackalloc byte[20];
        value.UtcDateTime.TryFormat(text, out var written, "s", CultureInfo.InvariantCulture);
        text[written] = (byte)'Z';
        w.WriteString(name, text[..(written + 1)]);
    }

    private static string V1Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<Utf8JsonWriter> body) => Write(4096, body);

    /// <param name="capacity">A guess of the size: large answers then skip the buffer's doublings.</param>
    private static byte[] Write(int capacity, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(capacity);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
