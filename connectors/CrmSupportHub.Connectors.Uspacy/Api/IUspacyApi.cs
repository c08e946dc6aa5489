using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>
/// The Uspacy data endpoints the connector reads, relative to the portal's host; the Bearer JWT is
/// added by <see cref="Http.UspacyAuthHandler"/>. Responses come back as <see cref="IApiResponse{T}"/>
/// so HTTP errors are classified in one place.
/// </summary>
internal interface IUspacyApi
{
    /// <summary>All users in one answer, inactive ones included (<c>show=all</c> needs an admin, owner or a permitted OAuth client).</summary>
    [Get("/company/v1/users?list=all&show=all")]
    Task<IApiResponse<UserListDto>> GetAllUsersAsync(CancellationToken cancellationToken);

    /// <summary>One page of an entity's items; <paramref name="query"/> holds paging, sorting and smart filters in bracket notation.</summary>
    [Get("/crm/v1/entities/{table}")]
    Task<IApiResponse<EntityPageDto>> GetItemsAsync(string table, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/crm/v1/entities/{table}/{id}")]
    Task<IApiResponse<EntityItemDto>> GetItemAsync(string table, string id, CancellationToken cancellationToken);
}
