using System.Reflection;
using CrmSupportHub.Bench;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/CrmSupportHub.Bench -- <benchmark> [options]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-24} {b.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

await benchmarks.Single(b => b.Name == args[0]).RunAsync(args[1..], Console.Out);
return Environment.ExitCode; // a benchmark that could not measure (e.g. a missing tool) sets it

