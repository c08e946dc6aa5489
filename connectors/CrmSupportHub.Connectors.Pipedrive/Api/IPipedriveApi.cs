using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.Pipedrive.Api;

/// <summary>
/// The Pipedrive endpoints the connector calls, relative to the company domain. Users exist only in
/// v1; deals are read through v2 (the v1 deal endpoints are out of support since 2026-08-01).
/// Responses come back as <see cref="IApiResponse{T}"/> so HTTP errors are classified in one place.
/// </summary>
internal interface IPipedriveApi
{
    /// <summary>Every user of the company, no paging (20 tokens).</summary>
    [Get("/api/v1/users")]
    Task<IApiResponse<PipedriveResponse<List<PipedriveUserDto>>>> GetUsersAsync(CancellationToken cancellationToken);

    /// <summary>The token's own user (2 tokens): the cheapest credential check.</summary>
    [Get("/api/v1/users/me")]
    Task<IApiResponse<PipedriveResponse<PipedriveUserDto>>> GetCurrentUserAsync(CancellationToken cancellationToken);

    [Get("/api/v2/pipelines/{id}")]
    Task<IApiResponse<PipedriveResponse<PipedrivePipelineDto>>> GetPipelineAsync(long id, CancellationToken cancellationToken);

    /// <summary>One page of deals; <paramref name="updatedSince"/> is inclusive, <paramref name="status"/> null means every status but deleted.</summary>
    [Get("/api/v2/deals")]
    Task<IApiResponse<PipedriveResponse<List<PipedriveDealDto>>>> GetDealsAsync(
        [AliasAs("pipeline_id")] long pipelineId,
        [AliasAs("status")] string? status,
        [AliasAs("updated_since")] string? updatedSince,
        [AliasAs("sort_by")] string sortBy,
        [AliasAs("sort_direction")] string sortDirection,
        [AliasAs("limit")] int limit,
        [AliasAs("cursor")] string? cursor,
        CancellationToken cancellationToken);

    [Get("/api/v2/deals/{id}")]
    Task<IApiResponse<PipedriveResponse<PipedriveDealDto>>> GetDealAsync(long id, CancellationToken cancellationToken);
}
