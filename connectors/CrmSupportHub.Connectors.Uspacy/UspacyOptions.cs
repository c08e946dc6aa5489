namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>One client's Uspacy connector options, bound from the client's configuration section.</summary>
public sealed class UspacyOptions : IConnectorOptions
{
    public UspacyConnectionOptions Connection { get; set; } = new();

    public UspacyWebhookOptions Webhook { get; set; } = new();

    public UspacySettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate() =>
        Connection.Validate().Concat(Webhook.Validate()).Concat(Settings.Validate());
}
