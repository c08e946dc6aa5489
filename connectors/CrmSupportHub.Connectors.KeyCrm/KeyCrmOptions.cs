namespace CrmSupportHub.Connectors.KeyCrm;

/// <summary>A KeyCRM client's <c>Connection</c>, <c>Webhook</c> and <c>Settings</c> sections.</summary>
public sealed class KeyCrmOptions : IConnectorOptions
{
    public KeyCrmConnectionOptions Connection { get; set; } = new();

    public KeyCrmWebhookOptions Webhook { get; set; } = new();

    public KeyCrmSettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate() =>
        Connection.Validate().Concat(Webhook.Validate()).Concat(Settings.Validate());
}
