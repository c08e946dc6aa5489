namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

internal sealed class PipedrivePipelineDto
{
    public long? Id { get; set; }

    public string? Name { get; set; }
}
