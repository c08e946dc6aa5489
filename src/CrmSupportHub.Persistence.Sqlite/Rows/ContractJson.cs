using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>How contract terms are written: camelCase, enums by name, so the JSON reads well in the database.</summary>
internal static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
