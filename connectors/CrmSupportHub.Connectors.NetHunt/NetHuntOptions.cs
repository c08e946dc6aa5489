namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>One NetHunt client's connector options, bound from its <c>Connection</c> and <c>Settings</c> sections.</summary>
public sealed class NetHuntOptions : IConnectorOptions
{
    public NetHuntConnectionOptions Connection { get; set; } = new();

    public NetHuntSettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate() => Connection.Validate().Concat(Settings.Validate());
}
