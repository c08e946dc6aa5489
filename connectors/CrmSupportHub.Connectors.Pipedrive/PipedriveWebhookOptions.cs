namespace CrmSupportHub.Connectors.Pipedrive;

/// <summary>
/// The HTTP Basic credentials set on the Pipedrive webhook (<c>http_auth_user</c>/<c>http_auth_password</c>),
/// the only authenticity check Pipedrive offers. Left empty, every delivery is refused.
/// </summary>
public sealed class PipedriveWebhookOptions
{
    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
