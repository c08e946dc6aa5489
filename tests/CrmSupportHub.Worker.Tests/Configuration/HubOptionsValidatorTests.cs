using CrmSupportHub.Connectors;
using CrmSupportHub.Worker.Configuration;

namespace CrmSupportHub.Worker.Tests.Configuration;

public sealed class HubOptionsValidatorTests
{
    private static readonly Dictionary<string, string?> ValidClient = new()
    {
        ["CrmSupportHub:Clients:0:Id"] = "acme",
        ["CrmSupportHub:Clients:0:Crm"] = "Pipedrive",
        ["CrmSupportHub:Clients:0:Package"] = "Medium",
        ["CrmSupportHub:Clients:0:ContractStart"] = "2026-01-01",
        ["CrmSupportHub:Clients:0:MonthlyHours"] = "20",
        ["CrmSupportHub:Clients:0:Calendar:TimeZone"] = "Europe/Kyiv",
        ["CrmSupportHub:Clients:0:Calendar:Hours:Mon-Fri:0"] = "09:00-13:00",
        ["CrmSupportHub:Clients:0:Calendar:Hours:Mon-Fri:1"] = "14:00-18:00",
    };

    [Test]
    public void Validate_ValidClient_Succeeds()
    {
        Assert.That(Problems(ValidClient), Is.Empty);
    }

    [Test]
    public void Validate_CommittedAppSettings_Succeeds()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepositoryFile("appsettings.json")).Build();

        Assert.That(Problems(configuration), Is.Empty);
    }

    [TestCase("Crm", "Salesforce", "Client 'acme' (CrmSupportHub:Clients:0:Crm): 'Salesforce' is not a known CRM")]
    [TestCase("ContractStart", "", "Client 'acme' (CrmSupportHub:Clients:0:ContractStart): is required")]
    [TestCase("Package", "Gold", "Client 'acme' (CrmSupportHub:Clients:0:Package): 'Gold' is not a package")]
    [TestCase("Calendar:TimeZone", "Europe/Atlantis", "Client 'acme' (CrmSupportHub:Clients:0:Calendar:TimeZone): 'Europe/Atlantis' is not a known IANA time zone")]
    [TestCase("MonthlyHours", "-5", "Client 'acme' (CrmSupportHub:Clients:0:MonthlyHours): must not be negative")]
    [TestCase("ReactionTime", "-01:00:00", "Client 'acme' (CrmSupportHub:Clients:0:ReactionTime): must be positive")]
    [TestCase("RolloverShare", "1.5", "Client 'acme' (CrmSupportHub:Clients:0:RolloverShare): must be between 0 and 1")]
    [TestCase("Calendar:Hours:Mon-Fri:0", "13:00-09:00", "Client 'acme' (CrmSupportHub:Clients:0:Calendar:Hours:Mon-Fri): '13:00-09:00' is not a window")]
    [TestCase("Calendar:Holidays:0", "25.12.2026", "Client 'acme' (CrmSupportHub:Clients:0:Calendar:Holidays): '25.12.2026' is not a date")]
    [TestCase("Notifications:WebhookUrl", "hooks.example/T0KEN-SECRET", "Client 'acme' (CrmSupportHub:Clients:0:Notifications:WebhookUrl): must be an absolute http or https URL")]
    [TestCase("PollIntervall", "00:01:00", "Client 'acme' (CrmSupportHub:Clients:0:PollIntervall): is not a client setting")]
    public void Validate_InvalidValue_NamesClientAndKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>(ValidClient) { [$"CrmSupportHub:Clients:0:{key}"] = value };

        Assert.That(Problems(settings), Has.Some.StartsWith(expected));
    }

    [Test]
    public void Validate_BadNotificationUrl_NeverEchoesItsToken()
    {
        var settings = new Dictionary<string, string?>(ValidClient)
        {
            ["CrmSupportHub:Clients:0:Notifications:WebhookUrl"] = "hooks.example/T0KEN-SECRET",
            ["CrmSupportHub:Notifications:WebhookUrl"] = "ftp://hooks.example/OTHER-SECRET",
        };

        var problems = Problems(settings);

        Assert.That(problems, Has.Some.StartsWith("CrmSupportHub:Notifications:WebhookUrl: must be an absolute http or https URL"));
        Assert.That(string.Join("\n", problems), Does.Not.Contain("SECRET"));
    }

    [Test]
    public void Validate_DuplicateIds_NamesSecondClient()
    {
        var settings = new Dictionary<string, string?>(ValidClient);
        foreach (var (key, value) in ValidClient)
        {
            settings[key.Replace("Clients:0", "Clients:1", StringComparison.Ordinal)] = value;
        }

        Assert.That(Problems(settings), Has.Some.StartsWith("Client 'acme' (CrmSupportHub:Clients:1:Id): is used by another client"));
    }

    [Test]
    public void Validate_MissingId_NamesIndex()
    {
        var settings = new Dictionary<string, string?>(ValidClient) { ["CrmSupportHub:Clients:0:Id"] = "" };

        Assert.That(Problems(settings), Has.Some.StartsWith("Client #0 (CrmSupportHub:Clients:0:Id): is required"));
    }

    [Test]
    public void Validate_UnknownCatalogPackage_IsReported()
    {
        var settings = new Dictionary<string, string?>(ValidClient) { ["CrmSupportHub:Packages:Platinum:MaxUsers"] = "5" };

        Assert.That(Problems(settings), Has.Some.StartsWith("CrmSupportHub:Packages:Platinum: is not a package"));
    }

    private static List<string> Problems(Dictionary<string, string?> settings) =>
        Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static List<string> Problems(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        var hub = new CrmSupportHubBuilder(services, configuration);
        hub.AddConnector(new ConnectorDescriptor("Pipedrive", "Pipedrive", ConnectorCapabilities.Users, ["example.com"]), _ => { });
        var catalog = services.BuildServiceProvider().GetRequiredService<ConnectorCatalog>();
        var options = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();

        var result = new HubOptionsValidator(catalog, configuration).Validate(null, options);

        return result.Failed ? [.. result.Failures!] : [];
    }

    internal static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "CrmSupportHub.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found above the test directory.");
    }
}
