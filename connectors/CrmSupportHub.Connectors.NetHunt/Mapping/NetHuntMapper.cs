using System.Text.Json;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.NetHunt.Mapping;

/// <summary>Maps NetHunt records and change-log entries to normalized records, through the client's settings. Pure.</summary>
internal static class NetHuntMapper
{
    /// <summary>
    /// The request a record stands for, or <see langword="null"/> when the record has no id or no
    /// timestamp (without a creation time there is no SLA start to report).
    /// </summary>
    public static ExternalRequest? ToRequest(NetHuntRecord record, NetHuntSettings settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(settings);
        var id = Id(record);
        var createdAt = record.CreatedAt ?? record.UpdatedAt;
        if (id is null || createdAt is null)
        {
            return null;
        }

        var status = NetHuntFieldValue.Text(NetHuntFieldValue.Find(record.Fields, settings.StatusField));
        var stage = Categorize(status, settings);
        var updatedAt = record.UpdatedAt is { } updated && updated > createdAt ? updated : createdAt.Value;
        return new ExternalRequest(
            id,
            NetHuntFieldValue.Text(NetHuntFieldValue.Find(record.Fields, settings.TitleField)) ?? $"NetHunt record {id}",
            status,
            stage,
            NetHuntFieldValue.Text(NetHuntFieldValue.Find(record.Fields, settings.OwnerField)),
            stage == StageCategory.Closed ? RequestStatus.Closed : RequestStatus.Open,
            createdAt.Value,
            updatedAt);
    }

    /// <summary>The record's id: feeds send <c>id</c>, <c>recordId</c> or both.</summary>
    public static string? Id(NetHuntRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.IsNullOrWhiteSpace(record.Id) ? NullIfBlank(record.RecordId) : record.Id.Trim();
    }

    /// <summary>
    /// What a status value means, by the client's lists (ignoring case): a record with no status
    /// yet has not been reacted to; a status in no list is being worked on.
    /// </summary>
    public static StageCategory Categorize(string? status, NetHuntSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        status = NullIfBlank(status);
        if (status is null || Contains(settings.InitialStatuses, status))
        {
            return StageCategory.Initial;
        }

        return Contains(settings.ClosedStatuses, status) ? StageCategory.Closed
            : Contains(settings.WaitingStatuses, status) ? StageCategory.Waiting
            : StageCategory.Working;
    }

    /// <summary>
    /// The user who made a change, as an active user: identified by e-mail when NetHunt gives one
    /// (so analysts can be listed by e-mail), else by its id or name.
    /// </summary>
    public static ExternalUser? ToEditor(NetHuntRecordChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.User is not { } user)
        {
            return null;
        }

        switch (user.ValueKind)
        {
            case JsonValueKind.String when NullIfBlank(NetHuntFieldValue.String(user)) is { } text:
                var isEmail = text.Contains('@', StringComparison.Ordinal);
                return new ExternalUser(isEmail ? text.ToLowerInvariant() : text, text, isEmail ? text : null, IsActive: true);
            case JsonValueKind.Object:
                var email = NetHuntFieldValue.Member(user, "email", "emailAddress");
                var id = email?.ToLowerInvariant() ?? NetHuntFieldValue.Member(user, "id", "userId") ?? NetHuntFieldValue.Member(user, "name", "fullName");
                return id is null
                    ? null
                    : new ExternalUser(id, NetHuntFieldValue.Member(user, "name", "fullName") ?? email ?? id, email, IsActive: true);
            default:
                return null;
        }
    }

    /// <summary>
    /// Which configured field names the folder lacks (from <c>folder-field</c>), as a message naming
    /// the settings; <see langword="null"/> when all are there or the folder lists no fields to compare with.
    /// </summary>
    public static string? MissingFields(IEnumerable<NetHuntFolderField> fields, NetHuntSettings settings)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(settings);
        var names = fields.Select(f => NullIfBlank(f.Name)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
        {
            return null;
        }

        var missing = new[] { ("TitleField", settings.TitleField), ("StatusField", settings.StatusField), ("OwnerField", settings.OwnerField) }
            .Where(s => NullIfBlank(s.Item2) is { } name && !names.Contains(name))
            .Select(s => $"Settings:{s.Item1}: folder {settings.FolderId} has no field named '{s.Item2}'")
            .ToList();
        return missing.Count == 0
            ? null
            : $"{string.Join("; ", missing)} (its fields: {string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase))}).";
    }

    private static bool Contains(IEnumerable<string> statuses, string status) =>
        statuses.Any(s => string.Equals(s.Trim(), status, StringComparison.OrdinalIgnoreCase));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
