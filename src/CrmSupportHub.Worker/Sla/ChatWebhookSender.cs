using System.Net.Http.Headers;
using System.Text;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Sla;

/// <summary>Posts a notification as <c>{"text": "..."}</c> to a chat tool's incoming webhook.</summary>
internal sealed class ChatWebhookSender(HttpClient http)
{
    public const string HttpClientName = "sla-notifications";

    /// <returns><see langword="null"/> when delivered, else why not (without the URL: it holds a token).</returns>
    public async Task<string?> SendAsync(Uri url, SlaNotification notification, CancellationToken cancellationToken)
    {
        using var content = new StringContent(notification.ToChatJson(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? null
                : $"the outgoing webhook answered {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException ex)
        {
            return $"the outgoing webhook could not be reached ({ex.HttpRequestError})";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "the outgoing webhook did not answer in time";
        }
    }
}
