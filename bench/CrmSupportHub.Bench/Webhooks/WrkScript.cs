using System.Globalization;
using System.Text;

namespace CrmSupportHub.Bench.Webhooks;

/// <summary>
/// The Lua script wrk runs: POSTs a fixed Pipedrive webhook body whose <c>meta.id</c> (the delivery
/// id) is new for every request, so each is a new webhook. After <c>active</c> seconds it keeps
/// sending with a wrong password (401, nothing stored) until wrk stops: no acknowledged webhook is
/// then still in flight when wrk closes its connections, and the 2xx count must equal the stored rows.
/// </summary>
internal static class WrkScript
{
    public static string Write(string directory, byte[] body, string deliveryId, string authorization, string forged, int? activeSeconds)
    {
        var text = Encoding.UTF8.GetString(body);
        var at = text.IndexOf(deliveryId, StringComparison.Ordinal);
        var prefix = text[..at];
        var suffix = text[(at + deliveryId.Length)..];
        var stopAt = activeSeconds is { } seconds ? seconds.ToString(CultureInfo.InvariantCulture) : "1e9";
        var script = $$"""
            local prefix = [==[{{prefix}}]==]
            local suffix = [==[{{suffix}}]==]
            local good = { ["Content-Type"] = "application/json", ["Authorization"] = "{{authorization}}" }
            local forged = { ["Content-Type"] = "application/json", ["Authorization"] = "{{forged}}" }
            local threads = {}

            function setup(thread)
              table.insert(threads, thread)
              thread:set("tid", #threads)
            end

            function init(args)
              n = 0
              stop_at = os.time() + {{stopAt}}
            end

            function request()
              n = n + 1
              local headers = good
              if os.time() >= stop_at then headers = forged end
              return wrk.format("POST", nil, headers, prefix .. tid .. "-" .. n .. suffix)
            end

            function done(summary, latency, requests)
              io.write(string.format(
                "WRK requests=%d status_errors=%d socket_errors=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
                summary.requests, summary.errors.status,
                summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
                summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
            end
            """;
        var path = Path.Combine(directory, activeSeconds is null ? "bare.lua" : $"webhooks-{activeSeconds}s.lua");
        File.WriteAllText(path, script);
        return path;
    }
}
