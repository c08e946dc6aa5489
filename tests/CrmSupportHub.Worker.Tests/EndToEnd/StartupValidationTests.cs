using CrmSupportHub.Sandbox.Pipedrive;
using CrmSupportHub.Worker.Tests.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Tests.EndToEnd;

[Category("EndToEnd")]
public sealed class StartupValidationTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("crm-hub-start-").FullName;

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task Start_CommittedAppSettingsWithSecretsFromEnvironment_Starts()
    {
        // What a deployment does: the committed file plus secrets from environment variables.
        var secrets = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Connection:ApiToken"] = "token-from-env",
            ["CrmSupportHub:Clients:0:Webhook:Username"] = "hook",
            ["CrmSupportHub:Clients:0:Webhook:Password"] = "password-from-env",
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "hub.db")}",
            ["CrmSupportHub:Polling:Enabled"] = "false",
        };
        await using var app = BuildFromAppSettings(secrets);

        await app.StartAsync();

        Assert.That(app.Services.GetRequiredService<Worker.Configuration.ClientDirectory>().All.Select(c => c.Id), Is.EqualTo(new[] { "acme" }));
        await app.StopAsync();
    }

    [Test]
    public async Task Start_CommittedAppSettingsWithoutSecrets_StopsNamingClientAndKeys()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CrmSupportHub:Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "hub.db")}",
        };
        await using var app = BuildFromAppSettings(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.That(error!.Message, Does.Contain("Client 'acme'").And.Contain("Connection:ApiToken"));
    }

    [Test]
    public async Task Start_InvalidClient_StopsBeforeTouchingTheDatabase()
    {
        using var crm = new PipedriveSandbox();
        var database = Path.Combine(_directory, "hub.db");
        var settings = HubUnderTest.ClientSettings(crm, database, polling: false);
        settings["CrmSupportHub:Clients:0:Calendar:TimeZone"] = "Mars/Olympus_Mons";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HubUnderTest.StartAsync(crm, database, settings));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("Client 'acme' (CrmSupportHub:Clients:0:Calendar:TimeZone): 'Mars/Olympus_Mons' is not a known IANA time zone."));
            Assert.That(File.Exists(database), Is.False, "nothing was written");
        });
    }

    private static WebApplication BuildFromAppSettings(Dictionary<string, string?> overrides) =>
        HubApplication.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            foreach (var json in builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList())
            {
                builder.Configuration.Sources.Remove(json);
            }

            builder.Configuration.AddJsonFile(HubOptionsValidatorTests.RepositoryFile("appsettings.json"));
            builder.Configuration.AddInMemoryCollection(overrides);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
}
