using System.Globalization;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>The seed of a fuzz run: <c>CRM_FUZZ_SEED</c> when set (to replay a failure), else a fresh one.</summary>
public static class FuzzSeed
{
    public const string Variable = "CRM_FUZZ_SEED";

    public static int FromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();
}
