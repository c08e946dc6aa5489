using System.Globalization;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using CrmSupportHub.Core.Requests;

namespace CrmSupportHub.Connectors.Pipedrive.Mapping;

/// <summary>Pure mapping from Pipedrive payloads to the normalized records.</summary>
internal static class PipedriveMapper
{
    /// <summary>Active means <c>active_flag &amp;&amp; !is_deleted</c>; <see langword="null"/> when the user has no id.</summary>
    public static ExternalUser? ToUser(PipedriveUserDto user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Id is { } id
            ? new ExternalUser(Id(id), user.Name ?? string.Empty, NullIfEmpty(user.Email), user.ActiveFlag == true && user.IsDeleted != true)
            : null;
    }

    /// <summary>The deal as a request; <see langword="null"/> when it lacks the id or either time.</summary>
    public static ExternalRequest? ToRequest(PipedriveDealDto deal, PipedriveStageMap stages)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(stages);
        if (deal is not { Id: { } id, AddTime: { } added, UpdateTime: { } updated })
        {
            return null;
        }

        return new ExternalRequest(
            Id(id),
            deal.Title ?? string.Empty,
            deal.StageId is { } stage ? Id(stage) : null,
            stages.Categorize(deal.StageId),
            deal.OwnerId is { } owner and > 0 ? Id(owner) : null,
            StatusOf(deal),
            added,
            updated,
            deal.StageChangeTime);
    }

    /// <summary>Whether a (webhook) deal carries every field <see cref="ToRequest"/> and the pipeline filter need.</summary>
    public static bool IsComplete(PipedriveDealDto deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal is { Id: not null, PipelineId: not null, StageId: not null, Status: not null, AddTime: not null, UpdateTime: not null };
    }

    public static RequestStatus StatusOf(PipedriveDealDto deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal.IsDeleted == true ? RequestStatus.Deleted : deal.Status switch
        {
            "deleted" => RequestStatus.Deleted,
            "won" or "lost" => RequestStatus.Closed,
            _ => RequestStatus.Open,
        };
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
