namespace CrmSupportHub.Bench;

/// <summary>One benchmark, run by name from the command line; it prints its own figures.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args, TextWriter output);
}
