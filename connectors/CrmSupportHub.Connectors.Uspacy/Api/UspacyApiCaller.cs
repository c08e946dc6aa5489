using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Api;

/// <summary>
/// Runs one API call (already retried by the HTTP pipeline) and turns what is left of a failure into
/// a <see cref="ConnectorException"/>. Messages name the operation and status, never a credential.
/// </summary>
internal sealed class UspacyApiCaller(IUspacyApi api)
{
    public IUspacyApi Api { get; } = api;

    /// <summary>The body of a successful answer, or <see langword="null"/> for a 404 when <paramref name="notFoundIsNull"/>.</summary>
    public Task<T?> SendAsync<T>(
        Func<IUspacyApi, CancellationToken, Task<IApiResponse<T>>> call,
        string operation,
        CancellationToken cancellationToken,
        bool notFoundIsNull = false)
        where T : class =>
        Send(ct => call(Api, ct), operation, cancellationToken, notFoundIsNull);

    /// <summary>The same for any Uspacy call (the token provider's sign-in and refresh too).</summary>
    internal static async Task<T?> Send<T>(
        Func<CancellationToken, Task<IApiResponse<T>>> call,
        string operation,
        CancellationToken cancellationToken,
        bool notFoundIsNull = false)
        where T : class
    {
        IApiResponse<T> response;
        try
        {
            response = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not ConnectorException)
        {
            throw Translate(e, operation);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            if (!response.IsReceived && response.Error is { } transport)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Translate(transport, operation);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(response.StatusCode.GetValueOrDefault(), operation, response.Error);
            }

            return response.Error is null && response.Content is { } content
                ? content
                : throw new ConnectorException(
                    ConnectorErrorKind.InvalidResponse, $"Uspacy answered {operation} with a body the connector cannot read.", response.Error);
        }
    }

    internal static ConnectorException FromStatus(HttpStatusCode status, string operation, Exception? inner = null)
    {
        var code = (int)status;
        return code switch
        {
            401 or 403 => new(
                ConnectorErrorKind.Unauthorized,
                $"Uspacy refused {operation} ({code}); check Connection:ClientId, Connection:ClientSecret and the OAuth client's permissions.",
                inner),
            429 => new(ConnectorErrorKind.RateLimited, $"Uspacy kept answering 429 (rate limit) for {operation}.", inner),
            408 or >= 500 => new(ConnectorErrorKind.Unavailable, $"Uspacy kept failing ({code}) for {operation}.", inner),
            _ => new(ConnectorErrorKind.InvalidResponse, $"Uspacy answered {code} to {operation}.", inner),
        };
    }

    internal static ConnectorException Translate(Exception error, string operation)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case ApiException { StatusCode: var status } api when e.InnerException is not JsonException && (int)status >= 400:
                    return FromStatus(status, operation, api);
                case JsonException:
                    return new(ConnectorErrorKind.InvalidResponse, $"Uspacy answered {operation} with JSON the connector cannot read.", error);
                case BrokenCircuitException:
                    return new(ConnectorErrorKind.Unavailable, $"Uspacy calls are paused after repeated failures (circuit open) for {operation}.", error);
                case TimeoutRejectedException or TaskCanceledException:
                    return new(ConnectorErrorKind.Unavailable, $"Uspacy did not answer {operation} in time.", error);
                case HttpRequestException:
                    return new(ConnectorErrorKind.Unavailable, $"Uspacy could not be reached for {operation}.", error);
            }
        }

        return new(ConnectorErrorKind.Unavailable, $"Uspacy call {operation} failed.", error);
    }
}
