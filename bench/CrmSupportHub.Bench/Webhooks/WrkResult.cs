using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>What wrk reported, from the line the script's <c>done</c> writes.</summary>
internal sealed partial record WrkResult(long Requests, long StatusErrors, long SocketErrors, TimeSpan Duration, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    /// <summary>Answers below 400 (wrk counts 4xx and 5xx as status errors); the endpoints answer only 2xx or 4xx.</summary>
    public long Successes => Requests - StatusErrors;

    public double PerSecond => Requests / Duration.TotalSeconds;

    public static WrkResult Parse(string output)
    {
        var match = Line().Match(output);
        if (!match.Success)
        {
            throw new InvalidOperationException("wrk printed no summary line:\n" + output);
        }

        long Value(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new WrkResult(
            Value("requests"),
            Value("status"),
            Value("socket"),
            TimeSpan.FromMicroseconds(Value("duration")),
            Value("p50") / 1000.0,
            Value("p90") / 1000.0,
            Value("p99") / 1000.0,
            Value("max") / 1000.0);
    }

    [GeneratedRegex(@"WRK requests=(?<requests>\d+) status_errors=(?<status>\d+) socket_errors=(?<socket>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p90_us=(?<p90>\d+) p99_us=(?<p99>\d+) max_us=(?<max>\d+)")]
    private static partial Regex Line();
}
