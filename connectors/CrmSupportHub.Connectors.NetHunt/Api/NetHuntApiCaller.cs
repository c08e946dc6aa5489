using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>
/// Runs one API call (already retried by the HTTP pipeline) and turns what is left of a failure into
/// a <see cref="ConnectorException"/>. Messages name the operation and status, never the credentials.
/// </summary>
internal sealed class NetHuntApiCaller(INetHuntApi api)
{
    public async Task<T> SendAsync<T>(Func<INetHuntApi, CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(api, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsCallFailure(e, cancellationToken))
        {
            throw Translate(e, operation);
        }
    }

    /// <summary>Like <see cref="SendAsync{T}"/>, with a 404 answered as <see langword="null"/>.</summary>
    public async Task<T?> FindAsync<T>(Func<INetHuntApi, CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(api, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception e) when (IsCallFailure(e, cancellationToken))
        {
            throw Translate(e, operation);
        }
    }

    internal static ConnectorException FromStatus(HttpStatusCode status, string operation, Exception? inner = null)
    {
        var code = (int)status;
        return code switch
        {
            // NetHunt answers bad credentials with a plain-text body, not JSON.
            401 or 403 => new(
                ConnectorErrorKind.Unauthorized,
                $"NetHunt refused the credentials ({code}) for {operation}; check Connection:Email and Connection:ApiKey, and that the user can read the folder.",
                inner),
            404 => new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered 404 to {operation}; check Settings:FolderId.", inner),
            429 => new(ConnectorErrorKind.RateLimited, $"NetHunt kept answering 429 (rate limit) for {operation}.", inner),
            408 or >= 500 => new(ConnectorErrorKind.Unavailable, $"NetHunt kept failing ({code}) for {operation}.", inner),
            _ => new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {code} to {operation}.", inner),
        };
    }

    internal static ConnectorException Translate(Exception error, string operation) => error switch
    {
        ApiException { InnerException: JsonException } or JsonException =>
            new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {operation} with JSON the connector cannot read.", error),
        ApiException api => FromStatus(api.StatusCode, operation, api),
        BrokenCircuitException => new(ConnectorErrorKind.Unavailable, $"NetHunt is failing; calls are paused ({operation}).", error),
        TimeoutRejectedException or OperationCanceledException =>
            new(ConnectorErrorKind.Unavailable, $"NetHunt did not answer {operation} in time.", error),
        _ => new(ConnectorErrorKind.Unavailable, $"NetHunt could not be reached for {operation}: {error.Message}", error),
    };

    private static bool IsCallFailure(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && e is ApiException or HttpRequestException or JsonException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException;
}
