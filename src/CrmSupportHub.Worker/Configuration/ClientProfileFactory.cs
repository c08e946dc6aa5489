using System.Text.RegularExpressions;
using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Clients;
using CrmSupportHub.Core.Packages;

namespace CrmSupportHub.Worker.Configuration;

/// <summary>
/// Turns the <c>Clients</c> configuration into <see cref="ClientProfile"/>s, collecting every
/// problem with the client and the key it concerns. Values are never echoed for secrets.
/// </summary>
internal sealed partial class ClientProfileFactory(HubOptions options, ConnectorCatalog connectors)
{
    public PackageCatalog Catalog { get; } = BuildCatalog(options);

    public (IReadOnlyList<ClientProfile> Clients, IReadOnlyList<string> Problems) Build()
    {
        var problems = new List<string>();
        var clients = new List<ClientProfile>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (package, overrides) in options.Packages)
        {
            if (!Enum.TryParse<PackageTier>(package, ignoreCase: true, out _))
            {
                problems.Add($"{HubOptions.SectionName}:Packages:{package}: is not a package (Start, Medium, Large, Individual).");
            }
            else
            {
                CheckNumbers(overrides, (key, message) => problems.Add($"{HubOptions.SectionName}:Packages:{package}:{key}: {message}"));
            }
        }

        if (!NotificationUrls.IsValid(options.Notifications.WebhookUrl))
        {
            problems.Add($"{HubOptions.SectionName}:Notifications:WebhookUrl: {NotificationUrls.Requirement}");
        }

        for (var index = 0; index < options.Clients.Count; index++)
        {
            var client = options.Clients[index];
            var label = string.IsNullOrWhiteSpace(client.Id) ? $"#{index}" : $"'{client.Id}'";
            void Problem(string key, string message) =>
                problems.Add($"Client {label} ({HubOptions.SectionName}:Clients:{index}:{key}): {message}");

            if (string.IsNullOrWhiteSpace(client.Id) || !IdPattern().IsMatch(client.Id))
            {
                Problem("Id", "is required: letters, digits, '-' or '_' (it appears in the webhook URL).");
            }
            else if (!seen.Add(client.Id))
            {
                Problem("Id", "is used by another client; ids must be unique.");
            }

            if (string.IsNullOrWhiteSpace(client.Crm) || !connectors.TryGetKind(client.Crm, out _))
            {
                Problem("Crm", $"'{client.Crm}' is not a known CRM (known: {string.Join(", ", connectors.Kinds.Select(k => k.Kind).Order(StringComparer.Ordinal))}).");
            }

            var contract = BuildContract(client, Problem);
            var calendar = CalendarParser.Parse(client.Calendar, Problem);
            if (client.PollInterval <= TimeSpan.Zero)
            {
                Problem("PollInterval", "must be positive.");
            }

            if (!NotificationUrls.IsValid(client.Notifications.WebhookUrl))
            {
                Problem("Notifications:WebhookUrl", NotificationUrls.Requirement);
            }

            if (contract is not null && calendar is not null && client.Id is not null)
            {
                clients.Add(new ClientProfile(
                    client.Id,
                    string.IsNullOrWhiteSpace(client.Name) ? client.Id : client.Name,
                    client.Crm ?? string.Empty,
                    contract,
                    calendar,
                    client.GoLive,
                    client.AnalystUserIds.ToHashSet(StringComparer.Ordinal),
                    new ReactionRules(client.Reaction.LeavingInitialStage, client.Reaction.AssignmentToAnalyst, client.Reaction.ManualResponse)));
            }
        }

        return (clients, problems);
    }

    private ContractHistory? BuildContract(ClientOptions client, Action<string, string> problem)
    {
        if (client.ContractStart is null)
        {
            // Without it the ledger's first month would be year 1: the month-closing job would walk 24,000 months.
            problem("ContractStart", "is required: the first day of the package in force, as yyyy-MM-dd (months are counted and closed from it).");
            return null;
        }

        var versions = new List<ContractVersion>();
        var current = new ContractOptions
        {
            EffectiveFrom = client.ContractStart.Value,
            Package = client.Package,
            ReactionTime = client.ReactionTime, ResolutionTime = client.ResolutionTime, MaxUsers = client.MaxUsers,
            MonthlyHours = client.MonthlyHours, RolloverShare = client.RolloverShare,
            WarningThresholds = client.WarningThresholds, HypercareDays = client.HypercareDays,
        };
        AddVersion(current, string.Empty, versions, problem);
        for (var i = 0; i < client.ContractHistory.Count; i++)
        {
            var version = client.ContractHistory[i];
            if (version.EffectiveFrom is null)
            {
                problem($"ContractHistory:{i}:EffectiveFrom", "is required.");
                continue;
            }

            AddVersion(version, $"ContractHistory:{i}:", versions, problem);
        }

        var duplicate = versions.GroupBy(v => v.EffectiveFrom).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problem("ContractHistory", $"two contract versions take effect on {duplicate.Key:yyyy-MM-dd}.");
            return null;
        }

        return versions.Count == 0 ? null : new ContractHistory(versions);
    }

    private void AddVersion(ContractOptions version, string prefix, List<ContractVersion> versions, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(version.Package) || !Enum.TryParse<PackageTier>(version.Package, ignoreCase: true, out var tier))
        {
            problem(prefix + "Package", $"'{version.Package}' is not a package (Start, Medium, Large, Individual).");
            return;
        }

        var valid = true;
        CheckNumbers(version, (key, message) => { valid = false; problem(prefix + key, message); });
        if (valid)
        {
            // Individual is "per agreement": without a configured ReactionTime it has no SLA clock.
            versions.Add(new ContractVersion(version.EffectiveFrom ?? DateOnly.MinValue, Apply(Catalog[tier], version)));
        }
    }

    private static void CheckNumbers(PackageOverrides o, Action<string, string> problem)
    {
        if (o.MonthlyHours < 0)
        {
            problem("MonthlyHours", "must not be negative.");
        }

        if (o.MaxUsers < 0)
        {
            problem("MaxUsers", "must not be negative.");
        }

        if (o.ReactionTime <= TimeSpan.Zero)
        {
            problem("ReactionTime", "must be positive (e.g. 08:00:00).");
        }

        if (o.ResolutionTime <= TimeSpan.Zero)
        {
            problem("ResolutionTime", "must be positive.");
        }

        if (o.RolloverShare is < 0 or > 1)
        {
            problem("RolloverShare", "must be between 0 and 1.");
        }

        if (o.HypercareDays < 0)
        {
            problem("HypercareDays", "must not be negative.");
        }

        if (o.WarningThresholds is { } thresholds && thresholds.Any(t => t is <= 0 or >= 1))
        {
            problem("WarningThresholds", "each must be between 0 and 1 (shares of the target).");
        }
    }

    private static PackageCatalog BuildCatalog(HubOptions options)
    {
        var terms = Enum.GetValues<PackageTier>().ToDictionary(t => t, t => PackageCatalog.Default[t]);
        foreach (var (name, overrides) in options.Packages)
        {
            if (Enum.TryParse<PackageTier>(name, ignoreCase: true, out var tier))
            {
                terms[tier] = Apply(terms[tier], overrides);
            }
        }

        return new PackageCatalog(terms);
    }

    private static PackageTerms Apply(PackageTerms terms, PackageOverrides o) => terms with
    {
        ReactionTime = o.ReactionTime ?? terms.ReactionTime,
        ResolutionTime = o.ResolutionTime ?? terms.ResolutionTime,
        MaxUsers = o.MaxUsers ?? terms.MaxUsers,
        MonthlyHours = o.MonthlyHours ?? terms.MonthlyHours,
        RolloverShare = o.RolloverShare ?? terms.RolloverShare,
        WarningThresholds = o.WarningThresholds is { } w ? [.. w.Order()] : terms.WarningThresholds,
        HypercareDays = o.HypercareDays ?? terms.HypercareDays,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
