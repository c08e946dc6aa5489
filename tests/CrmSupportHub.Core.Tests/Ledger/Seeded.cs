using System.Globalization;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>
/// Runs a property over many seeded random cases. The base seed is printed; a failure names the seed
/// of the failing case. Set LEDGER_SEED to replay from another base seed.
/// </summary>
internal static class Seeded
{
    public static int BaseSeed { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("LEDGER_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20_261_001;

    public static async Task ForAllAsync(int cases, Func<Random, Task> property)
    {
        await TestContext.Out.WriteLineAsync($"{cases} cases from base seed {BaseSeed} (LEDGER_SEED replays)");
        for (var i = 0; i < cases; i++)
        {
            var seed = BaseSeed + i;
            try
            {
                await property(new Random(seed));
            }
            catch (PropertyViolation violation)
            {
                Assert.Fail($"Seed {seed}: {violation.Message}");
            }
            catch (Exception unexpected) when (unexpected is not AssertionException)
            {
                Assert.Fail($"Seed {seed}: {unexpected}");
            }
        }
    }

    public static Task ForAllAsync(int cases, Action<Random> property) =>
        ForAllAsync(cases, rng =>
        {
            property(rng);
            return Task.CompletedTask;
        });

    public static void Check(bool holds, Func<string> what)
    {
        if (!holds)
        {
            throw new PropertyViolation(what());
        }
    }

    public static T Pick<T>(this Random rng, params T[] items) => items[rng.Next(items.Length)];

    private sealed class PropertyViolation(string message) : Exception(message);
}
