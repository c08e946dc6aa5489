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
    /// The last page: no next URL, the count reached (so a paginator that keeps handing out next URLs
    /// cannot loop forever), or nothing on it and no count saying more follow.
    /// </summary>
    public bool IsLast =>
        NextPageUrl is null || (Total > 0 && PerPage > 0 && CurrentPage * PerPage >= Total) || (Data is not { Count: > 0 } && Total <= 0);

    /// <summary>
    /// Whether this is a usable answer for page <paramref name="page"/>: KeyCRM sent the page asked for
    /// (when it says which), and it is not empty while its count says more follow. Otherwise reading on
    /// would skip the page's items: the caller asks again.
    /// </summary>
    public bool Answers(int page) => (CurrentPage <= 0 || CurrentPage == page) && (Data is { Count: > 0 } || IsLast);
}
