namespace CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

/// <summary>A card's status as <c>include=status</c> returns it; the only place a listed card names its pipeline.</summary>
internal sealed class KeyCrmCardStatusDto
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public long? PipelineId { get; init; }
}
