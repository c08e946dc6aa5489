namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>One NetHunt client's connector options, bound from its <c>Connection</c> and <c>Settings</c> sections.</summary>
public sealed class NetHuntOptions : IConnectorOptions
{
    public NetHuntConnectionOptions Connection { get; set; } = new();

    public NetHuntSettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Uri.TryCreate(Connection.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new("Connection:BaseUrl", "must be an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(Connection.Email))
        {
            yield return new("Connection:Email", "is required: the login e-mail of the NetHunt user whose API key is used.");
        }

        if (string.IsNullOrWhiteSpace(Connection.ApiKey))
        {
            yield return new("Connection:ApiKey", "is required: the user's NetHunt API key (supply it from an environment variable).");
        }

        foreach (var problem in Settings.Validate())
        {
            yield return problem;
        }
    }
}
