using System.Net;
using System.Text.Json;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.Pipedrive.Api;

/// <summary>
/// Runs one API call (already retried by the HTTP pipeline) and turns what is left of a failure into
/// a <see cref="ConnectorException"/>. Messages name the operation and status, never the token.
/// </summary>
internal sealed class PipedriveApiCaller(IPipedriveApi api)
{
    public IPipedriveApi Api { get; } = api;

    /// <summary>The envelope of a successful answer, or <see langword="null"/> for a 404 when <paramref name="notFoundIsNull"/>.</summary>
    public async Task<PipedriveResponse<T>?> SendAsync<T>(
        Func<IPipedriveApi, CancellationToken, Task<IApiResponse<PipedriveResponse<T>>>> call,
        string operation,
        CancellationToken cancellationToken,
        bool notFoundIsNull = false)
    {
        IApiResponse<PipedriveResponse<T>> response;
        try
        {
            response = await call(Api, cancellationToken).ConfigureAwait(false);
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

            if (response.StatusCode is not { } status)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw Translate((Exception?)response.Error ?? new HttpRequestException("No response."), operation);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(status, operation, response.Error);
            }

            return response.Error is null && response.Content is { } content
                ? content
                : throw new ConnectorException(
                    ConnectorErrorKind.InvalidResponse, $"Pipedrive answered {operation} with a body that is not a Pipedrive response.", response.Error);
        }
    }

    internal static ConnectorException FromStatus(HttpStatusCode status, string operation, Exception? inner = null)
    {
        var code = (int)status;
        return code switch
        {
            401 or 403 => new(ConnectorErrorKind.Unauthorized, $"Pipedrive refused the API token ({code}) for {operation}; check Connection:ApiToken.", inner),
            429 => new(ConnectorErrorKind.RateLimited, $"Pipedrive kept answering 429 (rate limit) for {operation}.", inner),
            408 or >= 500 => new(ConnectorErrorKind.Unavailable, $"Pipedrive kept failing ({code}) for {operation}.", inner),
            _ => new(ConnectorErrorKind.InvalidResponse, $"Pipedrive answered {code} to {operation}.", inner),
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
                    return new(ConnectorErrorKind.InvalidResponse, $"Pipedrive answered {operation} with JSON the connector cannot read.", error);
                case BrokenCircuitException:
                    return new(ConnectorErrorKind.Unavailable, $"Pipedrive calls are paused after repeated failures (circuit open) for {operation}.", error);
                case TimeoutRejectedException or TaskCanceledException:
                    return new(ConnectorErrorKind.Unavailable, $"Pipedrive did not answer {operation} in time.", error);
                case HttpRequestException:
                    return new(ConnectorErrorKind.Unavailable, $"Pipedrive could not be reached for {operation}.", error);
            }
        }

        return new(ConnectorErrorKind.Unavailable, $"Pipedrive call {operation} failed.", error);
    }
}
