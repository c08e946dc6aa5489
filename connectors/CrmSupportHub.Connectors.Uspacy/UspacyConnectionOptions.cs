namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>Where the client's Uspacy portal is and the OAuth client ("external connector") that signs in to it.</summary>
public sealed class UspacyConnectionOptions
{
    /// <summary>The portal's own host, e.g. <c>https://acme.uspacy.ua</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    internal Uri BaseUri => new(BaseUrl!.TrimEnd('/') + "/", UriKind.Absolute);

    internal IEnumerable<ConfigurationProblem> Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri))
        {
            yield return new("Connection:BaseUrl", "is required: the portal URL, e.g. https://acme.uspacy.ua.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            yield return new("Connection:BaseUrl", "must use https (plain http is accepted only for a local sandbox).");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new("Connection:ClientId", "is required: the client_id of the portal's OAuth client.");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new("Connection:ClientSecret", "is required: the secret of the portal's OAuth client.");
        }
    }
}
