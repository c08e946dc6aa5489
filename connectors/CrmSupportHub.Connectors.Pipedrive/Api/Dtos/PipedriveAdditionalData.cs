namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>v2 cursor paging: <c>next_cursor</c> is null on the last page.</summary>
internal sealed class PipedriveAdditionalData
{
    public string? NextCursor { get; set; }
}
