using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Uspacy.Mapping;

/// <summary>Maps Uspacy users and entity items to the hub's records; pure, so every odd payload is unit-testable.</summary>
internal static class UspacyMapper
{
    private const string ExternalUserRole = "EXTERNAL_USER";

    public static ExternalUser? ToUser(UserDto user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id is null)
        {
            return null;
        }

        var email = MainEmail(user);
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return new ExternalUser(user.Id, name.Length > 0 ? name : email ?? $"User {user.Id}", email, IsActive(user));
    }

    /// <summary>
    /// A seat is an active, registered, internal user. Only an explicit <c>registered: false</c>
    /// marks an invitation not yet accepted; a missing <c>active</c> is not taken as active.
    /// </summary>
    public static bool IsActive(UserDto user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Active == true
            && user.Registered != false
            && user.ExternalUser != true
            && user.Roles?.Any(r => string.Equals(r, ExternalUserRole, StringComparison.OrdinalIgnoreCase)) != true;
    }

    /// <summary>
    /// The item as a support request, or <see langword="null"/> when it is not one: no id, no
    /// timestamps, or another funnel than the support funnel.
    /// </summary>
    public static ExternalRequest? ToRequest(EntityItemDto item, UspacySettings settings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(settings);
        if (item.Id is null || !InSupportFunnel(item, settings) || (item.CreatedAt ?? item.UpdatedAt) is not { } created)
        {
            return null;
        }

        var updated = Math.Max(item.UpdatedAt ?? created, created);
        var stage = Categorize(item.StageId, item.KanbanStatus, settings);
        var status = stage == StageCategory.Closed ? RequestStatus.Closed : RequestStatus.Open;
        DateTimeOffset? stageChangedAt = stage == StageCategory.Closed && item.ClosedAt is { } closed and > 0
            ? FromUnix(Math.Clamp(closed, created, updated))
            : null;
        return new ExternalRequest(
            item.Id,
            string.IsNullOrWhiteSpace(item.Title) ? $"#{item.Id}" : item.Title.Trim(),
            item.StageId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            stage,
            item.Owner is "0" ? null : item.Owner,
            status,
            FromUnix(created),
            FromUnix(updated),
            stageChangedAt);
    }

    /// <summary>Items without a funnel id are kept: a smart object may not report one.</summary>
    public static bool InSupportFunnel(EntityItemDto item, UspacySettings settings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(settings);
        return item.FunnelId is null || item.FunnelId == settings.FunnelId;
    }

    /// <summary>
    /// The configured stage lists decide; Uspacy's own closing stages (<c>kanban_status</c>
    /// SUCCESS or FAIL) close a request even when the client did not list them.
    /// </summary>
    public static StageCategory Categorize(long? stageId, string? kanbanStatus, UspacySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (stageId is { } id)
        {
            if (settings.ClosedStageIds.Contains(id))
            {
                return StageCategory.Closed;
            }

            if (settings.WaitingStageIds.Contains(id))
            {
                return StageCategory.Waiting;
            }

            if (settings.InitialStageIds.Contains(id))
            {
                return StageCategory.Initial;
            }
        }

        return kanbanStatus?.ToUpperInvariant() is "SUCCESS" or "FAIL" ? StageCategory.Closed : StageCategory.Working;
    }

    private static string? MainEmail(UserDto user)
    {
        var emails = user.Emails?.Where(e => !string.IsNullOrWhiteSpace(e?.Value)).ToList();
        var email = emails?.FirstOrDefault(e => e.Main == true) ?? emails?.FirstOrDefault();
        return email?.Value?.Trim();
    }

    private static DateTimeOffset FromUnix(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
}
