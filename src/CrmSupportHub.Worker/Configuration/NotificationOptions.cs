namespace CrmSupportHub.Worker.Configuration;

/// <summary>
/// Where SLA warnings and breaches go besides the log: an incoming-webhook URL of a chat tool
/// (Slack, Teams, Mattermost), which receives <c>{"text": "..."}</c>. Such URLs embed a token,
/// so set them through environment variables or user-secrets, never in a committed file.
/// </summary>
public sealed class NotificationOptions
{
    public Uri? WebhookUrl { get; set; }
}
