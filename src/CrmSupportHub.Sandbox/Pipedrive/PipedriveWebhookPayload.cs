using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>
/// Writes webhooks v2 bodies (<c>meta</c>/<c>data</c>/<c>previous</c>, guide-for-webhooks-v2). <c>data</c>
/// carries the reduced field set seen in delivered deal events; <c>previous</c> only the changed fields.
/// </summary>
internal static class PipedriveWebhookPayload
{
    // Pipedrive does not escape '+' or non-ASCII text; neither does the sandbox.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="minimal">Only id, pipeline and stage in <c>data</c>: a payload that makes the receiver re-read the deal.</param>
    public static byte[] Deal(string action, PipedriveSandboxDeal? data, PipedriveSandboxDeal? previous, DateTimeOffset at, bool minimal) =>
        Write(action, "deal", (data ?? previous)!.Id, at, w =>
        {
            w.WritePropertyName("data");
            ReducedDeal(w, data, minimal ? name => name is "pipeline_id" or "stage_id" : _ => true);
            w.WritePropertyName("previous");
            var changed = data is null || previous is null ? null : Differences(previous, data);
            ReducedDeal(w, previous, name => changed?.Contains(name) ?? true);
        });

    public static byte[] User(string action, PipedriveSandboxUser user, DateTimeOffset at) =>
        Write(action, "user", user.Id, at, w =>
        {
            w.WritePropertyName("data");
            PipedriveSandboxJson.User(w, user, PipedriveSandbox.AdminUserId);
            w.WriteNull("previous");
        });

    private static void ReducedDeal(Utf8JsonWriter w, PipedriveSandboxDeal? deal, Func<string, bool> include)
    {
        if (deal is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("id", deal.Id);
        WriteIf(include, "title", () => w.WriteString("title", deal.Title));
        WriteIf(include, "value", () => w.WriteNumber("value", 0));
        WriteIf(include, "currency", () => w.WriteString("currency", "USD"));
        WriteIf(include, "status", () => w.WriteString("status", deal.Status));
        WriteIf(include, "stage_id", () => w.WriteNumber("stage_id", deal.StageId));
        WriteIf(include, "pipeline_id", () => w.WriteNumber("pipeline_id", deal.PipelineId));
        WriteIf(include, "owner_id", () => w.WriteNumber("owner_id", deal.OwnerId ?? 0));
        WriteIf(include, "person_id", () => w.WriteNull("person_id"));
        WriteIf(include, "org_id", () => w.WriteNull("org_id"));
        WriteIf(include, "add_time", () => w.WriteString("add_time", PipedriveSandboxJson.Rfc3339(deal.AddTime)));
        WriteIf(include, "update_time", () => w.WriteString("update_time", PipedriveSandboxJson.Rfc3339(deal.UpdateTime)));
        w.WriteEndObject();
    }

    private static HashSet<string> Differences(PipedriveSandboxDeal before, PipedriveSandboxDeal after)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        void Check(string name, bool differs)
        {
            if (differs)
            {
                changed.Add(name);
            }
        }

        Check("title", before.Title != after.Title);
        Check("status", before.Status != after.Status);
        Check("stage_id", before.StageId != after.StageId);
        Check("pipeline_id", before.PipelineId != after.PipelineId);
        Check("owner_id", before.OwnerId != after.OwnerId);
        Check("update_time", before.UpdateTime != after.UpdateTime);
        return changed;
    }

    private static void WriteIf(Func<string, bool> include, string name, Action write)
    {
        if (include(name))
        {
            write();
        }
    }

    private static byte[] Write(string action, string entity, long id, DateTimeOffset at, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("meta");
            w.WriteString("action", action);
            w.WriteString("entity", entity);
            w.WriteString("entity_id", id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("id", Guid.NewGuid().ToString());
            w.WriteString("correlation_id", Guid.NewGuid().ToString());
            w.WriteString("company_id", "1");
            w.WriteString("user_id", "1");
            w.WriteString("version", "2.0");
            w.WriteString("webhook_id", "1");
            w.WriteString("webhook_owner_id", "1");
            w.WriteString("type", "general");
            w.WriteString("change_source", "app");
            w.WriteBoolean("is_bulk_edit", false);
            w.WriteNumber("attempt", 1);
            w.WriteString("host", "sandbox.pipedrive.com");
            w.WriteString("timestamp", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            if (entity != "user")
            {
                w.WriteStartArray("permitted_user_ids");
                w.WriteStringValue("1");
                w.WriteEndArray();
            }

            w.WriteEndObject();
            body(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
