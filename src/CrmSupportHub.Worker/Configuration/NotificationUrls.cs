namespace CrmSupportHub.Worker.Configuration;

/// <summary>Checks an outgoing webhook URL without ever echoing it: it carries the chat tool's token.</summary>
internal static class NotificationUrls
{
    public const string Requirement = "must be an absolute http or https URL (the value is not shown: it contains a token).";

    public static bool IsValid(Uri? url) =>
        url is null || (url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp));
}
