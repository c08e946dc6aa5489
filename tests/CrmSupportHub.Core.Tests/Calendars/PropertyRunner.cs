namespace CrmSupportHub.Core.Tests.Calendars;

/// <summary>
/// Runs a seeded property over many random cases. Each run draws a new seed and prints it; set
/// CRMSUPPORTHUB_TEST_SEED to replay a failing run.
/// </summary>
internal static class PropertyRunner
{
    /// <param name="property">Checks one case; returns a description of the failure, or <see langword="null"/>.</param>
    public static void Check(int cases, Func<Random, string?> property)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRMSUPPORTHUB_TEST_SEED"), out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        for (var i = 0; i < cases; i++)
        {
            var failure = property(random);
            if (failure is not null)
            {
                Assert.Fail($"Case {i} failed (seed {seed}, replay with CRMSUPPORTHUB_TEST_SEED={seed}): {failure}");
            }
        }
    }
}
