using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>Turns what Refit, HttpClient and the resilience pipeline throw into <see cref="ConnectorException"/>s safe to log.</summary>
internal static class UspacyErrors
{
    public static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, operation, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public static ConnectorException? Translate(Exception exception, string operation, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ConnectorException:
                return null; // already translated (by the token provider)
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case ApiException api:
                return FromStatus(api.StatusCode, operation, api);
            case JsonException or InvalidOperationException { InnerException: JsonException }:
                return new ConnectorException(ConnectorErrorKind.InvalidResponse, $"Uspacy answered {operation} with JSON the connector cannot read.", exception);
            case HttpRequestException or TimeoutRejectedException or BrokenCircuitException or OperationCanceledException:
                return new ConnectorException(ConnectorErrorKind.Unavailable, $"Uspacy could not be reached for {operation}: {exception.GetType().Name}.", exception);
            default:
                return null;
        }
    }

    public static ConnectorException FromStatus(HttpStatusCode status, string operation, Exception? inner = null)
    {
        var code = (int)status;
        return code switch
        {
            401 or 403 => new ConnectorException(
                ConnectorErrorKind.Unauthorized,
                $"Uspacy refused {operation} (HTTP {code}): check the OAuth client's credentials and permissions.",
                inner),
            429 => new ConnectorException(ConnectorErrorKind.RateLimited, $"Uspacy kept throttling {operation} (HTTP 429).", inner),
            >= 200 and < 300 => new ConnectorException(
                ConnectorErrorKind.InvalidResponse, $"Uspacy answered {operation} with a body the connector cannot read.", inner),
            >= 500 or 408 => new ConnectorException(ConnectorErrorKind.Unavailable, $"Uspacy failed {operation} (HTTP {code}).", inner),
            _ => new ConnectorException(ConnectorErrorKind.InvalidResponse, $"Uspacy rejected {operation} (HTTP {code}).", inner),
        };
    }
}
