namespace CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

/// <summary>Pipedrive's envelope: <c>{ success, data, additional_data }</c>, or <c>{ success: false, error, error_info }</c>.</summary>
internal sealed class PipedriveResponse<T>
{
    public bool Success { get; set; }

    public T? Data { get; set; }

    public PipedriveAdditionalData? AdditionalData { get; set; }

    public string? Error { get; set; }
}
