using System.Globalization;
using System.Text.Json;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.KeyCrm.Mapping;

/// <summary>Pure translation of KeyCRM users and pipeline cards into the hub's records.</summary>
internal static class KeyCrmMapper
{
    public const string ActiveStatus = "active";

    /// <summary>Only <c>active</c> users hold a seat; <c>pending</c> (invited) and <c>blocked</c> ones do not.</summary>
    public static ExternalUser ToUser(KeyCrmUserDto user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Id(user.Id);
        var joined = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var name = FirstNonBlank(user.FullName, joined, user.Username, user.Email) ?? $"User {id}";
        var active = string.Equals(user.Status, ActiveStatus, StringComparison.OrdinalIgnoreCase);
        return new ExternalUser(id, name, string.IsNullOrWhiteSpace(user.Email) ? null : user.Email, active);
    }

    public static ExternalRequest ToRequest(KeyCrmCardDto card, KeyCrmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(settings);
        var id = Id(card.Id);
        var created = KeyCrmTime.Parse(card.CreatedAt);
        var updated = KeyCrmTime.Parse(card.UpdatedAt);
        if (created is null && updated is null)
        {
            throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM card {id} has neither created_at nor updated_at.");
        }

        var stage = ToStage(card.StatusId, settings);
        var title = string.IsNullOrWhiteSpace(card.Title) ? $"Card {id}" : card.Title;
        return new ExternalRequest(
            id,
            title,
            card.StatusId is { } statusId ? Id(statusId) : null,
            stage,
            card.ManagerId is { } managerId ? Id(managerId) : null,
            stage == StageCategory.Closed ? RequestStatus.Closed : RequestStatus.Open,
            created ?? updated!.Value,
            updated ?? created!.Value,
            KeyCrmTime.Parse(card.StatusChangedAt));
    }

    /// <summary>A card without a status has not been looked at: it counts as initial.</summary>
    public static StageCategory ToStage(long? statusId, KeyCrmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return statusId switch
        {
            null => StageCategory.Initial,
            { } id when settings.InitialStatusIds.Contains(id) => StageCategory.Initial,
            { } id when settings.WaitingStatusIds.Contains(id) => StageCategory.Waiting,
            { } id when settings.ClosedStatusIds.Contains(id) => StageCategory.Closed,
            _ => StageCategory.Working,
        };
    }

    /// <summary>Whether a card read with <c>include=status</c> provably sits in <paramref name="pipelineId"/>.</summary>
    public static bool IsInPipeline(KeyCrmCardDto card, long pipelineId) =>
        card?.Status?.PipelineId == pipelineId;

    /// <summary>
    /// The card in a <c>GET /pipelines/cards/{id}</c> body: a bare card, or wrapped in <c>data</c>
    /// (an object, or a one-item list as the spec's paginated schema has it). Null when there is none.
    /// </summary>
    public static KeyCrmCardDto? UnwrapCard(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var card = body;
        if (body.TryGetProperty("data", out var data) && !body.TryGetProperty("id", out _))
        {
            card = data.ValueKind switch
            {
                JsonValueKind.Object => data,
                JsonValueKind.Array when data.GetArrayLength() > 0 => data[0],
                _ => default,
            };
        }

        return card.ValueKind == JsonValueKind.Object && card.TryGetProperty("id", out _)
            ? card.Deserialize(KeyCrmJsonContext.Default.KeyCrmCardDto)
            : null;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
