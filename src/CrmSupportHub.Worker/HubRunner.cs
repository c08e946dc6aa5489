using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker;

/// <summary>Runs the host, turning configuration errors into a readable list and exit code 2.</summary>
internal static class HubRunner
{
    public const int InvalidConfiguration = 2;

    public static async Task<int> RunAsync(WebApplication app)
    {
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("The configuration is invalid; the worker did not start:").ConfigureAwait(false);
            foreach (var failure in ex.Failures.Distinct(StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"  - {failure}").ConfigureAwait(false);
            }

            return InvalidConfiguration;
        }
    }
}
