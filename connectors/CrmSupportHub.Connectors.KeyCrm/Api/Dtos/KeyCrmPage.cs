namespace CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

/// <summary>KeyCRM's list envelope, Laravel's paginator: <c>next_page_url</c> is null on the last page.</summary>
internal sealed class KeyCrmPage<T>
{
    public int Total { get; init; }

    public int CurrentPage { get; init; }

    public int PerPage { get; init; }

    public List<T>? Data { get; init; }

    public string? NextPageUrl { get; init; }

    /// <summary>
    /// The last page: no next URL, nothing on it, or the count reached (so a paginator that keeps
    /// handing out next URLs cannot loop forever).
    /// </summary>
    public bool IsLast => NextPageUrl is null || Data is not { Count: > 0 } || (Total > 0 && PerPage > 0 && CurrentPage * PerPage >= Total);
}
