using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.NetHunt.Http;

/// <summary>
/// Runs one API call (after the resilience handler's retries) and turns what is left of a failure
/// into a <see cref="ConnectorException"/> whose message is safe to log.
/// </summary>
internal static class NetHuntCall
{
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            throw Translate(ex, operation);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(ConnectorErrorKind.Unavailable, $"NetHunt could not be reached ({operation}): {ex.Message}", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new ConnectorException(ConnectorErrorKind.Unavailable, $"NetHunt did not answer {operation} in time.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ConnectorException(ConnectorErrorKind.Unavailable, $"NetHunt is failing; calls are paused ({operation}).", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException(ConnectorErrorKind.Unavailable, $"NetHunt did not answer {operation} in time.", ex);
        }
    }

    private static ConnectorException Translate(ApiException ex, string operation)
    {
        if (ex.InnerException is JsonException)
        {
            return new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {operation} with JSON the connector cannot read.", ex);
        }

        var status = (int)ex.StatusCode;
        return ex.StatusCode switch
        {
            // NetHunt answers bad credentials with a plain-text body, not JSON.
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(
                ConnectorErrorKind.Unauthorized,
                $"NetHunt refused the credentials (HTTP {status}): check Connection:Email and Connection:ApiKey, and that the user can read the folder.",
                ex),
            HttpStatusCode.TooManyRequests => new(ConnectorErrorKind.RateLimited, $"NetHunt kept answering 429 to {operation}.", ex),
            HttpStatusCode.NotFound => new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered 404 to {operation}: check Settings:FolderId.", ex),
            _ when status >= 500 => new(ConnectorErrorKind.Unavailable, $"NetHunt kept failing {operation} (HTTP {status}).", ex),
            _ => new(ConnectorErrorKind.InvalidResponse, $"NetHunt answered {operation} with HTTP {status}.", ex),
        };
    }
}
