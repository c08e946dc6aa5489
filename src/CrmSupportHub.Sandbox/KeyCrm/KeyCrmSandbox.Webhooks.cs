using System.Buffers;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.KeyCrm;

public sealed partial class KeyCrmSandbox
{
    public const string CardStatusChanged = "lead.change_lead_status";

    /// <summary>
    /// The delivery a KeyCRM automation ("Send webhook") would post for a card's current state:
    /// unsigned JSON, authenticated only by the secret in the URL query.
    /// </summary>
    /// <param name="authentic">False puts a wrong secret in the query, as a forger would.</param>
    public SandboxWebhook CreateCardWebhook(long cardId, bool authentic = true, string eventName = CardStatusChanged)
    {
        var secret = authentic ? Options.WebhookSecret : Options.WebhookSecret[..^1] + "!";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["secret"] = secret };
        return new SandboxWebhook("application/json", headers, query, WebhookBody(cardId, eventName));
    }

    /// <summary>The <c>{"event", "context"}</c> body for a card, with the context fields integrators report.</summary>
    public byte[] WebhookBody(long cardId, string eventName = CardStatusChanged)
    {
        var card = _store.FindCard(cardId) ?? throw new KeyNotFoundException($"The sandbox has no card {cardId}.");
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("event", eventName);
            w.WriteStartObject("context");
            w.WriteNumber("id", card.Id);
            w.WriteString("title", card.Title);
            w.WriteNumber("pipeline_id", card.PipelineId);
            w.WriteNumber("status_id", card.StatusId);
            WriteNumber(w, "manager_id", card.ManagerId);
            WriteNumber(w, "contact_id", card.ContactId);
            WriteNumber(w, "source_id", card.SourceId);
            w.WriteNull("manager_comment");
            w.WriteString("status_changed_at", KeyCrmSandboxJson.Time(card.StatusChangedAt));
            w.WriteString("created_at", KeyCrmSandboxJson.Time(card.CreatedAt));
            w.WriteString("updated_at", KeyCrmSandboxJson.Time(card.UpdatedAt));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, long? value)
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
}
