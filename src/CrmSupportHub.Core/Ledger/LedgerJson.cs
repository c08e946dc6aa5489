using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// The JSON shape of ledger results: camelCase, enums as names, months as <c>yyyy-MM</c>. Stores use
/// <see cref="Options"/> for closed-month snapshots so a snapshot reads back exactly as written.
/// </summary>
public static class LedgerJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
