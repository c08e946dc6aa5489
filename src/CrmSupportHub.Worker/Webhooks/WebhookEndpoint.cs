using System.Buffers;
using System.Security.Cryptography;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Webhooks;
using CrmSupportHub.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>
/// <c>POST /webhooks/{clientId}</c>: verifies the delivery with the client's connector, stores the raw
/// body in the inbox, and only then acknowledges. Nothing is stored for a delivery that fails
/// verification; errors never echo credentials.
/// </summary>
internal static class WebhookEndpoint
{
    public static IEndpointRouteBuilder MapCrmWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/{clientId}", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        string clientId,
        HttpRequest request,
        IServiceProvider services,
        ClientDirectory clients,
        IWebhookInbox inbox,
        InboxSignal signal,
        IOptions<HubOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var receiver = clients.Find(clientId) is null ? null : services.GetKeyedService<IWebhookReceiver>(clientId);
        if (receiver is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No client with webhooks has this id.");
        }

        if (!IsJson(request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "CRM webhooks are JSON: send the body with Content-Type application/json.");
        }

        var body = await ReadBodyAsync(request, options.Value.MaxWebhookBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body exceeds {options.Value.MaxWebhookBytes} bytes.");
        }

        var envelope = new WebhookEnvelope(
            clientId,
            request.Method,
            request.ContentType,
            StringValuesView.Of(request.Headers),
            StringValuesView.Of(request.Query),
            body);
        var verdict = await receiver.VerifyAsync(envelope, cancellationToken).ConfigureAwait(false);
        switch (verdict.Kind)
        {
            case WebhookVerdictKind.Unauthorized:
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: verdict.Reason ?? "Webhook credentials are missing or wrong.");
            case WebhookVerdictKind.Malformed:
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: verdict.Reason ?? "The payload is not one this CRM sends.");
            case WebhookVerdictKind.Ignored:
                return Results.Ok(new WebhookAck("ignored", verdict.Reason));
        }

        var key = verdict.DeliveryId ?? Convert.ToHexString(SHA256.HashData(body));
        var item = new InboxItem(0, clientId, key, time.GetUtcNow(), request.ContentType, body);
        var added = await inbox.AddAsync(item, cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return added ? WebhookAckResult.Accepted : WebhookAckResult.Duplicate;
    }

    /// <summary>JSON, or no content type at all (some CRMs omit it); forms, XML and text are refused before the body is read.</summary>
    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The whole body, or <see langword="null"/> past <paramref name="limit"/>. It gathers in the
    /// server's pooled buffers and is copied once at its exact size: a fresh 16 KiB chunk and a
    /// growing stream per delivery were most of the endpoint's garbage under load.
    /// </summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End); // nothing consumed yet: wait for more
        }
    }
}

internal sealed record WebhookAck(string Status, string? Reason);
