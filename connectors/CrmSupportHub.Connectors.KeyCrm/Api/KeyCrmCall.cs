using System.Net;
using System.Text.Json;
using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;
using Polly.Timeout;
using Refit;

namespace CrmSupportHub.Connectors.KeyCrm.Api;

/// <summary>
/// Runs one API call (its retries already spent by the HTTP pipeline) and turns what went wrong
/// into a <see cref="ConnectorException"/> whose message names the call and KeyCRM's own message,
/// never the key.
/// </summary>
internal static class KeyCrmCall
{
    public static async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await call(cancellationToken).ConfigureAwait(false);
            return answer is null
                ? throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM {what}: the answer had no body.")
                : answer;
        }
        catch (ApiExceptionBase ex)
        {
            throw Fail(what, ex);
        }
        catch (JsonException ex)
        {
            throw Unreadable(what, ex);
        }
        catch (Exception ex) when (IsTransport(ex, cancellationToken))
        {
            throw Unreachable(what, ex);
        }
    }

    /// <summary>A list holding a null (<c>"data": [null]</c>) cannot be read item by item: refuse the page.</summary>
    public static void RequireItems<T>(KeyCrmPage<T> page, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Data?.Contains(null!) == true)
        {
            throw new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM {what}: the list holds an empty (null) item.");
        }
    }

    /// <summary>
    /// Refit's exceptions keep the request, <c>Authorization</c> header included: they never become
    /// an inner exception, only their transport or JSON cause does.
    /// </summary>
    public static ConnectorException Fail(string what, ApiExceptionBase error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            ApiException { StatusCode: >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices } => Unreadable(what, error.InnerException as JsonException),
            ApiException api => FromStatus(what, api.StatusCode, api.Content),
            _ => Unreachable(what, error.InnerException ?? error),
        };
    }

    public static ConnectorException FromStatus(string what, HttpStatusCode status, string? body)
    {
        var code = (int)status;
        var detail = Message(body) is { } message ? $": {message}" : ".";
        return code switch
        {
            401 or 403 => new ConnectorException(ConnectorErrorKind.Unauthorized, $"KeyCRM {what}: the API key was refused ({code})."),
            429 => new ConnectorException(ConnectorErrorKind.RateLimited, $"KeyCRM {what}: still rate limited (429) after retries."),
            >= 500 or 408 => new ConnectorException(ConnectorErrorKind.Unavailable, $"KeyCRM {what}: the API kept failing ({code}){detail}"),
            _ => new ConnectorException(ConnectorErrorKind.InvalidResponse, $"KeyCRM {what}: the API answered {code}{detail}"),
        };
    }

    private static ConnectorException Unreadable(string what, JsonException? inner) =>
        new(ConnectorErrorKind.InvalidResponse, $"KeyCRM {what}: the answer could not be read.", inner);

    private static ConnectorException Unreachable(string what, Exception cause) =>
        new(ConnectorErrorKind.Unavailable, $"KeyCRM {what}: the API could not be reached ({cause.GetType().Name}).", cause is ApiExceptionBase ? null : cause);

    private static bool IsTransport(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutRejectedException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>KeyCRM's errors are <c>{"message": "…"}</c> (e.g. "Leads are not enabled", the allowed-filters list).</summary>
    private static string? Message(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                    ? Truncate(message.GetString()!)
                    : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // not JSON, or text that is not valid UTF-8: the status alone will do
        }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
