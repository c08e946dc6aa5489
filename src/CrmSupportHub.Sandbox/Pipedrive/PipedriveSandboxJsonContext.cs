using System.Text.Json.Serialization;

namespace CrmSupportHub.Sandbox.Pipedrive;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PipedriveKeysetCursor.Payload))]
internal sealed partial class PipedriveSandboxJsonContext : JsonSerializerContext;
