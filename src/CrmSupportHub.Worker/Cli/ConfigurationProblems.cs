using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Cli;

/// <summary>The problems an options validation failure lists (the start-up validator aggregates several).</summary>
internal static class ConfigurationProblems
{
    public static IReadOnlyList<string> Of(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.ToList(),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };
}
