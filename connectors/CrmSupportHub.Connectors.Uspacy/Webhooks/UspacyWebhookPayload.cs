using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CrmSupportHub.Connectors.Uspacy.Webhooks;

/// <summary>
/// What the connector takes from an (undocumented, unsigned) Uspacy webhook body: only the
/// entity's id and table, to re-read the entity, plus what tells redeliveries apart. Nothing else
/// in the body is trusted.
/// </summary>
internal sealed record UspacyWebhookPayload(string? EntityId, string? Table, string? DeliveryId, bool IsConfirmation)
{
    // Where integrations put the entity; nested objects first, because a top-level "id" may be the event's.
    private static readonly string[][] EntityIdPaths =
    [
        ["data", "id"], ["entity", "id"], ["payload", "id"], ["object", "id"], ["record", "id"], ["item", "id"],
        ["data", "entity", "id"], ["data", "data", "id"], ["payload", "data", "id"], ["payload", "entity", "id"],
        ["entity_id"], ["entityId"], ["data", "entity_id"], ["payload", "entity_id"], ["id"],
    ];

    private static readonly string[][] TablePaths =
    [
        ["table_name"], ["tableName"], ["data", "table_name"], ["entity", "table_name"], ["payload", "table_name"],
        ["entity_type"], ["entityType"],
    ];

    // Values that differ between two events of one entity: event ids and times.
    private static readonly string[][] EventMarkerPaths =
    [
        ["event_id"], ["eventId"], ["uuid"], ["delivery_id"], ["timestamp"], ["time"], ["date"],
        ["data", "updated_at"], ["entity", "updated_at"], ["payload", "updated_at"], ["updated_at"],
    ];

    // Told apart only together with a marker: a delete may carry the same update time as the last change.
    private static readonly string[][] EventKindPaths = [["event"], ["action"], ["type"]];

    private static readonly string[][] ConfirmationPaths = [["validation_link"], ["validationLink"], ["confirmation_link"]];

    /// <summary>Reads a body; <see langword="null"/> with a reason when it is not a JSON object.</summary>
    public static UspacyWebhookPayload? Read(ReadOnlyMemory<byte> body, out string? problem)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            problem = "The body is not JSON.";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "The body is not a JSON object.";
                return null;
            }

            try
            {
                var (entityId, idPath) = FirstScalar(root, EntityIdPaths);
                var (table, _) = FirstScalar(root, TablePaths);
                var confirmation = FirstScalar(root, ConfirmationPaths).Value is not null;
                problem = null;
                return new UspacyWebhookPayload(entityId, table, DeliveryIdOf(root, entityId, idPath), confirmation);
            }
            catch (InvalidOperationException)
            {
                // JsonDocument keeps strings as bytes; reading one that is not valid UTF-8 (or a lone surrogate) throws here.
                problem = "The body holds text that is not valid UTF-8.";
                return null;
            }
        }
    }

    /// <summary>
    /// Entity id plus whatever marks this event (its id, action, time). Without such a marker two
    /// genuine updates of one entity would look alike, so the host hashes the whole body instead.
    /// </summary>
    private static string? DeliveryIdOf(JsonElement root, string? entityId, string[]? idPath)
    {
        if (entityId is null)
        {
            return null;
        }

        var markers = EventMarkerPaths
            .Select(path => (path, value: Scalar(root, path)))
            .Where(m => m.value is not null)
            .Select(m => $"{string.Join('.', m.path)}={m.value}")
            .ToList();
        if (idPath is { Length: > 1 } && Scalar(root, ["id"]) is { } topLevelId)
        {
            markers.Add($"id={topLevelId}"); // the top-level id beside a nested entity id is the event's
        }

        if (markers.Count == 0)
        {
            return null;
        }

        markers.AddRange(EventKindPaths.Select(path => Scalar(root, path) is { } kind ? $"{path[0]}={kind}" : null).OfType<string>());

        var key = $"{entityId}\n{string.Join('\n', markers)}";
        return "uspacy:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static (string? Value, string[]? Path) FirstScalar(JsonElement root, string[][] paths)
    {
        foreach (var path in paths)
        {
            if (Scalar(root, path) is { } value)
            {
                return (value, path);
            }
        }

        return (null, null);
    }

    private static string? Scalar(JsonElement element, string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(element.GetString()) => element.GetString()!.Trim(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
    }
}
