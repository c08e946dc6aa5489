using System.Globalization;
using System.Text.Json;

namespace CrmSupportHub.Connectors.KeyCrm.Mapping;

/// <summary>
/// What the connector reads from an automation's <c>{"event": …, "context": {…}}</c> body. The
/// values are only routing hints: the card is re-read from the API before anything is trusted.
/// </summary>
internal sealed record KeyCrmWebhookPayload(string Event, long CardId, long? PipelineId, string? StatusId, string? UpdatedAt)
{
    /// <summary>Pipeline-card events (<c>lead.change_lead_status</c>, …); order events share the shape but not the ids.</summary>
    public bool IsCardEvent => Event.StartsWith("lead.", StringComparison.OrdinalIgnoreCase);

    /// <summary>KeyCRM retries a delivery up to three times; the same change always yields the same key.</summary>
    public string DeliveryId => $"{Event}:{CardId.ToString(CultureInfo.InvariantCulture)}:{StatusId}:{UpdatedAt}";

    public static bool TryParse(ReadOnlyMemory<byte> body, out KeyCrmWebhookPayload? payload, out string problem)
    {
        payload = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("event", out var name) || name.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(name.GetString()) || name.GetString()!.Length > 100)
            {
                problem = "Not a KeyCRM automation payload: no \"event\".";
                return false;
            }

            if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object
                || Long(context, "id") is not { } id)
            {
                problem = "Not a KeyCRM automation payload: no \"context.id\".";
                return false;
            }

            payload = new KeyCrmWebhookPayload(name.GetString()!, id, Long(context, "pipeline_id"), Text(context, "status_id"), Text(context, "updated_at"));
            problem = string.Empty;
            return true;
        }
        catch (JsonException)
        {
            problem = "The body is not JSON.";
            return false;
        }
        catch (InvalidOperationException)
        {
            problem = "The body holds text that is not valid UTF-8.";
            return false;
        }
    }

    private static long? Long(JsonElement context, string name)
    {
        if (!context.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }

    private static string? Text(JsonElement context, string name) =>
        !context.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Null ? null
        : value.GetRawText();
}
