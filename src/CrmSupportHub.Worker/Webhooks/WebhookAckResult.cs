using System.Text.Json;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>The two answers to a stored delivery, serialized once: every webhook ends in one of them.</summary>
internal sealed class WebhookAckResult : IResult
{
    private readonly byte[] _body;

    private WebhookAckResult(string status) =>
        _body = JsonSerializer.SerializeToUtf8Bytes(new WebhookAck(status, null), JsonSerializerOptions.Web);

    public static WebhookAckResult Accepted { get; } = new("accepted");

    public static WebhookAckResult Duplicate { get; } = new("duplicate");

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status202Accepted;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = _body.Length;
        return response.Body.WriteAsync(_body).AsTask();
    }
}
