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

    public static byte[] DealsPage(IReadOnlyList<PipedriveSandboxDeal> deals, string? nextCursor) => Write(w =>
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

    public static void Deal(Utf8JsonWriter w, PipedriveSandboxDeal deal)
    {
        w.WriteStartObject();
        w.WriteNumber("id", deal.Id);
        w.WriteString("title", deal.Title);
        w.WriteNumber("creator_user_id", 1);
        WriteNumberOrNull(w, "owner_id", deal.OwnerId);
        w.WriteNull("person_id");
        w.WriteNull("org_id");
        w.WriteNumber("pipeline_id", deal.PipelineId);
        w.WriteNumber("stage_id", deal.StageId);
        w.WriteNumber("value", 0);
        w.WriteString("currency", "USD");
        w.WriteString("add_time", Rfc3339(deal.AddTime));
        w.WriteString("update_time", Rfc3339(deal.UpdateTime));
        w.WriteString("stage_change_time", Rfc3339(deal.StageChangeTime));
        w.WriteBoolean("is_deleted", deal.IsDeleted);
        w.WriteBoolean("is_archived", false);
        w.WriteString("status", deal.Status);
        w.WriteNull("probability");
        w.WriteNull("lost_reason");
        w.WriteNumber("visible_to", 3);
        w.WriteString("close_time", deal.CloseTime is { } closed ? Rfc3339(closed) : null);
        w.WriteString("won_time", deal.Status == "won" ? Rfc3339(deal.UpdateTime) : null);
        w.WriteString("lost_time", deal.Status == "lost" ? Rfc3339(deal.UpdateTime) : null);
        w.WriteNull("expected_close_date");
        w.WriteStartArray("label_ids");
        w.WriteEndArray();
        w.WriteString("origin", "API");
        w.WriteNull("origin_id");
        w.WriteNull("channel");
        w.WriteNull("channel_id");
        w.WriteStartObject("custom_fields");
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

    private static string V1Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
