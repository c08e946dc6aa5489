namespace CrmSupportHub.Sandbox.Common;

/// <summary>
/// How one CRM words the failures the shared fault injection answers for it: its error bodies, a
/// page cut off mid-JSON, the <c>Retry-After</c> of its 429s, and the clock and length of slow answers.
/// </summary>
internal sealed record SandboxDialect(
    SandboxBody TooManyRequests,
    SandboxBody Unauthorized,
    SandboxBody ServerError,
    SandboxBody ServiceUnavailable,
    byte[] MalformedJson,
    TimeSpan RetryAfter,
    TimeSpan SlowDelay,
    TimeProvider Time)
{
    public string RetryAfterSeconds => ((int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
