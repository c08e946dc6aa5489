using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using CrmSupportHub.Connectors.Pipedrive.Sync;

namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>Source-generated (reflection-free) JSON for every Pipedrive payload and the sync cursor.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(PipedriveTimeConverter)])]
[JsonSerializable(typeof(PipedriveResponse<List<PipedriveDealDto>>))]
[JsonSerializable(typeof(PipedriveResponse<PipedriveDealDto>))]
[JsonSerializable(typeof(PipedriveResponse<List<PipedriveUserDto>>))]
[JsonSerializable(typeof(PipedriveResponse<PipedriveUserDto>))]
[JsonSerializable(typeof(PipedriveResponse<PipedrivePipelineDto>))]
[JsonSerializable(typeof(PipedriveWebhookDto))]
[JsonSerializable(typeof(PipedriveWebhookHead))]
[JsonSerializable(typeof(PipedriveDealDto))]
[JsonSerializable(typeof(PipedriveSyncCursor))]
internal sealed partial class PipedriveJsonContext : JsonSerializerContext;
