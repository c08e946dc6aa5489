namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>One client's NetHunt options, bound from its <c>CrmSupportHub:Clients:N</c> section and named by client id.</summary>
public sealed class NetHuntOptions : IConnectorOptions
{
    public NetHuntConnectionOptions Connection { get; set; } = new();

    public NetHuntSettings Settings { get; set; } = new();

    public IEnumerable<ConfigurationProblem> Validate() => ValidateConnection().Concat(ValidateSettings());

    private IEnumerable<ConfigurationProblem> ValidateConnection()
    {
        if (!Uri.TryCreate(Connection.BaseUrl, UriKind.Absolute, out var baseUrl))
        {
            yield return new("Connection:BaseUrl", $"must be an absolute URL (default {NetHuntConnectionOptions.DefaultBaseUrl})");
        }
        else if (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback))
        {
            yield return new("Connection:BaseUrl", "must use https (http only for a local sandbox)");
        }

        if (string.IsNullOrWhiteSpace(Connection.Email))
        {
            yield return new("Connection:Email", "is required: the login e-mail of the NetHunt user whose API key is used");
        }

        if (string.IsNullOrWhiteSpace(Connection.ApiKey))
        {
            yield return new("Connection:ApiKey", "is required; supply it from an environment variable or user-secrets, not appsettings.json");
        }

        if (Connection.MaxRetries is < 0 or > 10)
        {
            yield return new("Connection:MaxRetries", "must be between 0 and 10");
        }

        if (Connection.RetryBaseDelay <= TimeSpan.Zero || Connection.RetryBaseDelay > Connection.MaxRetryDelay)
        {
            yield return new("Connection:RetryBaseDelay", "must be positive and no longer than Connection:MaxRetryDelay");
        }

        if (Connection.Timeout <= TimeSpan.Zero)
        {
            yield return new("Connection:Timeout", "must be positive");
        }
    }

    private IEnumerable<ConfigurationProblem> ValidateSettings()
    {
        if (string.IsNullOrWhiteSpace(Settings.FolderId))
        {
            yield return new("Settings:FolderId", "is required: the id of the NetHunt folder that holds support requests");
        }

        if (string.IsNullOrWhiteSpace(Settings.TitleField))
        {
            yield return new("Settings:TitleField", "must name a field of the folder");
        }

        if (string.IsNullOrWhiteSpace(Settings.StatusField))
        {
            yield return new("Settings:StatusField", "must name a field of the folder");
        }

        if (Settings.InitialStatuses.Count == 0)
        {
            yield return new("Settings:InitialStatuses", "needs at least one status value, e.g. \"New\"");
        }

        var lists = new[] { ("InitialStatuses", Settings.InitialStatuses), ("WaitingStatuses", Settings.WaitingStatuses), ("ClosedStatuses", Settings.ClosedStatuses) };
        foreach (var repeated in lists.SelectMany(l => l.Item2.Select(s => (List: l.Item1, Status: s.Trim())))
                     .GroupBy(e => e.Status, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new($"Settings:{repeated.Last().List}", $"status \"{repeated.Key}\" is listed more than once");
        }

        if (Settings.PageSize is < 1 or > NetHuntSettings.MaxPageSize)
        {
            yield return new("Settings:PageSize", $"must be between 1 and {NetHuntSettings.MaxPageSize}");
        }

        if (Settings.SyncOverlap < TimeSpan.Zero || Settings.SyncOverlap > TimeSpan.FromDays(1))
        {
            yield return new("Settings:SyncOverlap", "must be between 00:00:00 and 1.00:00:00");
        }

        if (Settings.ConfiguredSeats is < 0)
        {
            yield return new("Settings:ConfiguredSeats", "must not be negative");
        }

        if (Settings.ActiveUserDays is < 1 or > 365)
        {
            yield return new("Settings:ActiveUserDays", "must be between 1 and 365");
        }
    }
}
