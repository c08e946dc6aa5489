using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>The Uspacy data endpoints the connector reads; a Bearer JWT is added by <see cref="Auth.UspacyAuthHandler"/>.</summary>
internal interface IUspacyApi
{
    /// <summary>All users, inactive ones included (<c>show=all</c> needs an admin, owner or a permitted OAuth client).</summary>
    [Get("/company/v1/users?list=all&show=all")]
    Task<UserListDto> GetAllUsersAsync(CancellationToken cancellationToken);

    /// <summary>One page of an entity's items; <paramref name="query"/> carries paging, sorting and smart filters in bracket notation.</summary>
    [Get("/crm/v1/entities/{table}")]
    Task<EntityPageDto> GetItemsAsync(string table, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Get("/crm/v1/entities/{table}/{id}")]
    Task<EntityItemDto> GetItemAsync(string table, string id, CancellationToken cancellationToken);
}
