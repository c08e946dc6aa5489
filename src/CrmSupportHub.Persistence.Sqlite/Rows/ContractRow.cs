using System.Text.Json;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Persistence.Sqlite.Rows;

/// <summary>A <c>contracts</c> row as Dapper reads it.</summary>
internal sealed class ContractRow
{
    public const string Columns = "effective_from AS EffectiveFrom, terms AS Terms";

    public string EffectiveFrom { get; set; } = string.Empty;

    public string Terms { get; set; } = string.Empty;

    public ContractVersion ToVersion() => new(
        DbText.ToDate(EffectiveFrom),
        JsonSerializer.Deserialize<PackageTerms>(Terms, ContractJson.Options)
            ?? throw new InvalidDataException($"Contract terms from {EffectiveFrom} are empty."));
}
