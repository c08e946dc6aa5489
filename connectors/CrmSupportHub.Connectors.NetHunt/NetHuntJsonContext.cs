using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Sync;

namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>Source-generated JSON for NetHunt's payloads (camelCase, unknown members ignored) and the sync cursor.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(List<NetHuntRecord>))]
[JsonSerializable(typeof(List<NetHuntRecordChange>))]
[JsonSerializable(typeof(List<NetHuntFolderField>))]
[JsonSerializable(typeof(NetHuntSyncCursor))]
internal sealed partial class NetHuntJsonContext : JsonSerializerContext;
