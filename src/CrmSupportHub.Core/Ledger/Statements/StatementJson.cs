using System.Text.Json;

namespace CrmSupportHub.Core.Ledger.Statements;

/// <summary>Renders a statement as indented JSON (System.Text.Json, <see cref="LedgerJson"/>): hour figures are exact minutes.</summary>
public static class StatementJson
{
    public static string Render(MonthlyStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return JsonSerializer.Serialize(statement, LedgerJson.Indented);
    }

    public static MonthlyStatement? Parse(string json) => JsonSerializer.Deserialize<MonthlyStatement>(json, LedgerJson.Options);
}
