using System.Globalization;
using CrmSupportHub.Connectors.Testing.Fuzzing;

namespace CrmSupportHub.Bench.Fuzz;

/// <summary>
/// The long fuzz run: thousands of mutated and generated payloads through every parser of the four
/// connectors (the same targets as the CI fuzz tests, with larger huge values), printing the rate,
/// the rejections and the crashes of each, and the first findings with the seed that replays them.
/// </summary>
internal sealed class FuzzBenchmark : IBenchmark
{
    public string Name => "fuzz";

    public string Description => "thousands of hostile payloads per parser [--cases N, default 3000] [--seed S] [--crm Pipedrive|KeyCrm|NetHunt|Uspacy]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var cases = Option(args, "--cases") ?? 3_000;
        var seed = Option(args, "--seed") ?? FuzzSeed.FromEnvironment();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"fuzz: {cases} cases per parser, seed {seed}")).ConfigureAwait(false);
        var only = Array.IndexOf(args, "--crm") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var crashes = 0;
        foreach (var crm in FuzzedCrm.All.Where(c => only is null || string.Equals(c.Name, only, StringComparison.OrdinalIgnoreCase)))
        {
            using var sandbox = crm.CreateSandbox();
            await using var targets = await ConnectorFuzzTargets.CreateAsync(
                sandbox, crm.Register, crm.Settings, (client, id) => crm.CreateWebhook(sandbox, client, id), CancellationToken.None).ConfigureAwait(false);
            foreach (var target in targets.Targets.Values)
            {
                var report = await FuzzRunner.RunAsync(target, cases, seed, FuzzSizes.Bench, CancellationToken.None).ConfigureAwait(false);
                crashes += report.Crashes;
                await output.WriteLineAsync($"{crm.Name,-10} {report.Describe(max: 5)}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"total crashes: {crashes}")).ConfigureAwait(false);
    }

    private static int? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
}
