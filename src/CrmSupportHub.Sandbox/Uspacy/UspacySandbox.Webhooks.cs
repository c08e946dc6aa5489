using System.Buffers;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.Uspacy;

public sealed partial class UspacySandbox
{
    /// <summary>
    /// A webhook delivery for an item, POSTed to the hub's URL with the secret in the query. Uspacy's
    /// payload is undocumented: this one wraps the item in <c>data</c> beside an event name and time.
    /// </summary>
    /// <param name="authentic">False sends a wrong secret, as a forger who guessed the URL would.</param>
    /// <param name="action">The event, e.g. <c>create</c>, <c>update</c>, <c>delete</c>, <c>move_stage</c>.</param>
    public SandboxWebhook CreateItemWebhook(long itemId, string action = "update", bool authentic = true)
    {
        var item = _store.FindItem(itemId);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("event", $"crm.{EntityTable}.{action}");
            w.WriteString("table_name", EntityTable);
            w.WriteNumber("timestamp", Now.ToUnixTimeSeconds());
            w.WritePropertyName("data");
            if (item is null)
            {
                w.WriteStartObject();
                w.WriteNumber("id", itemId);
                w.WriteEndObject();
            }
            else
            {
                w.WriteRawValue(UspacySandboxJson.SingleItem(item, EntityTable, timesAsStrings: false));
            }

            w.WriteEndObject();
        }

        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["secret"] = authentic ? Options.WebhookSecret : Options.WebhookSecret[..^4] + "0000",
        };
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        return new SandboxWebhook("application/json", headers, query, buffer.WrittenMemory.ToArray());
    }
}
