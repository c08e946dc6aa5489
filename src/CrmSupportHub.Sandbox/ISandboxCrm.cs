namespace CrmSupportHub.Sandbox;

/// <summary>A failure the sandbox injects into its next answers.</summary>
public enum SandboxFault
{
    /// <summary>429 with a <c>Retry-After</c> header (seconds).</summary>
    TooManyRequests,

    /// <summary>429 without <c>Retry-After</c>.</summary>
    TooManyRequestsWithoutRetryAfter,

    ServerError,
    BadGateway,
    ServiceUnavailable,

    /// <summary>401: the credentials are refused.</summary>
    Unauthorized,

    /// <summary>An answer that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>An answer slower than the client's timeout.</summary>
    Slow,

    /// <summary>The connection is closed before any answer (the socket is aborted).</summary>
    ConnectionReset,

    /// <summary>The answer's headers promise the whole body, half of it arrives, then the connection is closed.</summary>
    TruncatedBody,

    /// <summary>The next page of a request list holds no items, though its paging says more follow (other answers ignore it).</summary>
    EmptyPage,

    /// <summary>The next page of a request list repeats the previous answer of that list, next-page pointer included.</summary>
    RepeatedPage,

    /// <summary>The next page of a request list also carries requests older than the watermark it was asked for.</summary>
    StalePage,
}

/// <summary>
/// A CRM emulator on a WireMock server with a dynamic loopback port: seeded users and support
/// requests, the CRM's own paging, filters, auth and rate-limit behaviour, and ways to change data
/// and inject faults while it runs. Shared by tests, benchmarks and the demo.
/// </summary>
public interface ISandboxCrm : IDisposable
{
    /// <summary>The <c>Crm</c> value clients configure for this CRM.</summary>
    string Kind { get; }

    /// <summary>The base URL to put in a client's <c>Connection</c> section.</summary>
    string BaseUrl { get; }

    /// <summary>Configuration keys (relative to a client's section, e.g. <c>Connection:ApiToken</c>) that connect a client to this sandbox.</summary>
    IReadOnlyDictionary<string, string?> ClientSettings { get; }

    /// <summary>Adds <paramref name="count"/> active users.</summary>
    void SeedUsers(int count);

    /// <summary>Adds <paramref name="count"/> support requests in the initial stage, created at <paramref name="createdAt"/> (spread by a second each).</summary>
    IReadOnlyList<string> SeedRequests(int count, DateTimeOffset createdAt);

    /// <summary>Moves a request to another stage (by category) at <paramref name="at"/>, bumping its update time.</summary>
    void MoveRequest(string requestId, Core.Requests.StageCategory stage, DateTimeOffset at);

    /// <summary>Deletes a request at <paramref name="at"/>.</summary>
    void DeleteRequest(string requestId, DateTimeOffset at);

    /// <summary>Answers the next <paramref name="times"/> API calls with <paramref name="fault"/>; <paramref name="afterCalls"/> lets that many calls succeed first.</summary>
    void InjectFault(SandboxFault fault, int times = 1, int afterCalls = 0);

    /// <summary>Drops every injected fault that has not fired yet (ends a "persistent" fault injected with a large <c>times</c>).</summary>
    void ClearFaults();

    /// <summary>Number of API calls answered so far (all paths).</summary>
    int CallCount { get; }

    /// <summary>Number of calls answered 429 so far.</summary>
    int ThrottledCount { get; }

    /// <summary>Number of support requests the CRM holds (deleted requests excluded).</summary>
    int RequestCount { get; }

    /// <summary>
    /// Every support request the CRM holds (deleted ones excluded) and the time of its last change, as a
    /// connector reports it: what a complete sync must end with.
    /// </summary>
    IReadOnlyDictionary<string, DateTimeOffset> RequestVersions { get; }
}
