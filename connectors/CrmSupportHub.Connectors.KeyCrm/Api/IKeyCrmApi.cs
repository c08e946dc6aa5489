using System.Text.Json;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.KeyCrm.Api;

/// <summary>The few KeyCRM OpenAPI v1 calls the connector makes; all are GETs (safe to retry).</summary>
internal interface IKeyCrmApi
{
    /// <summary><c>limit</c> is 1–50.</summary>
    [Get("/users")]
    Task<KeyCrmPage<KeyCrmUserDto>> GetUsersAsync(int limit, int page, CancellationToken cancellationToken);

    /// <param name="updatedBetween"><c>"from, to"</c> in UTC <c>YYYY-MM-DD HH:MM:SS</c>; omitted when null.</param>
    [Get("/pipelines/cards")]
    Task<KeyCrmPage<KeyCrmCardDto>> GetCardsAsync(
        [AliasAs("filter[pipeline_id]")] long pipelineId,
        [AliasAs("filter[updated_between]")] string? updatedBetween,
        string include,
        int limit,
        int page,
        CancellationToken cancellationToken);

    /// <summary>
    /// Read raw: the spec declares a paginated body here, live answers are a bare card; the mapper
    /// accepts both. A 404 is an answer, not an exception.
    /// </summary>
    [Get("/pipelines/cards/{cardId}")]
    Task<IApiResponse<JsonElement>> GetCardAsync(long cardId, string include, CancellationToken cancellationToken);
}
