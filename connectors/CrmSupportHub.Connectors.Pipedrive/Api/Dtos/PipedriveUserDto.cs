namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>The v1 <c>BaseUser</c> fields the connector reads.</summary>
internal sealed class PipedriveUserDto
{
    public long? Id { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public bool? ActiveFlag { get; set; }

    public bool? IsDeleted { get; set; }
}
