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
            var answer = await call(api, cancellationToken).ConfigureAwait(false);
            return answer is null ? throw Empty(operation) : answer;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not ConnectorException)
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
            return await call(api, cancellationToken).ConfigureAwait(false) ?? throw Empty(operation);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not ConnectorException)
        {
            throw Translate(e, operation);
        }
    }

    /// <summary>A 200 without a body: Refit reads it as null, which no caller expects.</summary>
    private static ConnectorException Empty(string operation) =>
        new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {operation} with an empty body.");

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

    /// <summary>
    /// What a failed call means. Refit wraps transport failures (e.g. in <c>ApiRequestException</c>),
    /// so the whole chain of inner exceptions is searched for the cause.
    /// </summary>
    internal static ConnectorException Translate(Exception error, string operation)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case JsonException or ApiException { InnerException: JsonException }:
                    return new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {operation} with JSON the connector cannot read.", error);
                case ApiException api:
                    return FromStatus(api.StatusCode, operation, error);
                case BrokenCircuitException:
                    return new(ConnectorErrorKind.Unavailable, $"NetHunt is failing; calls are paused ({operation}).", error);
                case TimeoutRejectedException:
                    return new(ConnectorErrorKind.Unavailable, $"NetHunt did not answer {operation} in time.", error);
                case HttpRequestException:
                    return new(ConnectorErrorKind.Unavailable, $"NetHunt could not be reached for {operation}: {e.Message}", error);
            }
        }

        return error is OperationCanceledException
            ? new(ConnectorErrorKind.Unavailable, $"NetHunt did not answer {operation} in time.", error)
            : new(ConnectorErrorKind.Unavailable, $"NetHunt could not be reached for {operation} ({error.GetType().Name}).", error);
    }
}
