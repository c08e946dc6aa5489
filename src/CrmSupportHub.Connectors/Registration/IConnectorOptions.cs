namespace CrmSupportHub.Connectors;

/// <summary>A problem in a client's configuration, with the key relative to the client's section (e.g. <c>Connection:ApiToken</c>).</summary>
public sealed record ConfigurationProblem(string Key, string Message);

/// <summary>A connector's per-client options (bound from the client's section) that can say what is wrong with them.</summary>
public interface IConnectorOptions
{
    IEnumerable<ConfigurationProblem> Validate();
}
