using CrmSupportHub.Sandbox.NetHunt;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.NetHunt.Tests;

public sealed class NetHuntOptionsTests
{
    private static NetHuntOptions Valid() => new()
    {
        Connection = { Email = "bot@client.example", ApiKey = "key" },
        Settings = { FolderId = "596f644b8f6d05e16c24b810", InitialStatuses = ["New"] },
    };

    [Test]
    public void Validate_MinimalOptions_HasNoProblem() => Assert.That(Valid().Validate(), Is.Empty);

    [Test]
    public void Validate_Defaults_AreTheDocumentedOnes()
    {
        var options = new NetHuntOptions();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Connection.BaseUrl, Is.EqualTo("https://nethunt.com/api/v1/zapier"));
            Assert.That(options.Settings.PageSize, Is.EqualTo(100));
            Assert.That(options.Settings.SyncOverlap, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(options.Settings.TitleField, Is.EqualTo("Name"));
            Assert.That(options.Settings.StatusField, Is.EqualTo("Status"));
            Assert.That(options.Settings.ActiveUserDays, Is.EqualTo(30));
        }
    }

    [Test]
    public void Validate_Empty_NamesEveryRequiredKey()
    {
        var keys = new NetHuntOptions().Validate().Select(p => p.Key);

        Assert.That(keys, Is.EquivalentTo(new[] { "Connection:Email", "Connection:ApiKey", "Settings:FolderId", "Settings:InitialStatuses" }));
    }

    [TestCase("Connection:BaseUrl", "ftp://nethunt.com")]
    [TestCase("Connection:BaseUrl", "http://nethunt.com/api/v1/zapier")]
    [TestCase("Connection:BaseUrl", "nethunt.com")]
    [TestCase("Connection:MaxRetries", "11")]
    [TestCase("Connection:RetryBaseDelay", "00:05:00")]
    [TestCase("Connection:Timeout", "00:00:00")]
    [TestCase("Settings:PageSize", "0")]
    [TestCase("Settings:PageSize", "501")]
    [TestCase("Settings:SyncOverlap", "-00:01:00")]
    [TestCase("Settings:ConfiguredSeats", "-1")]
    [TestCase("Settings:ActiveUserDays", "0")]
    [TestCase("Settings:StatusField", " ")]
    public void Validate_OutOfRange_NamesTheKey(string key, string value)
    {
        var options = Valid();
        Set(options, key, value);

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { key }));
    }

    [Test]
    public void Validate_StatusInTwoLists_NamesTheLaterList()
    {
        var options = Valid();
        options.Settings.ClosedStatuses = ["done", "NEW "];

        Assert.That(options.Validate().Single().Key, Is.EqualTo("Settings:ClosedStatuses"));
    }

    [Test]
    public void Validate_LoopbackHttp_IsAllowedForTheSandbox()
    {
        var options = Valid();
        options.Connection.BaseUrl = "http://127.0.0.1:5055/api/v1/zapier";

        Assert.That(options.Validate(), Is.Empty);
    }

    [TestCase("Connection:Email")]
    [TestCase("Connection:ApiKey")]
    [TestCase("Settings:FolderId")]
    public async Task StartupValidation_MissingKey_FailsNamingClientAndKey(string key)
    {
        using var sandbox = new NetHuntSandbox();
        await using var host = NetHuntTestHost.Start(sandbox, new Dictionary<string, string?> { [key] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain($"Client '{NetHuntTestHost.ClientId}'").And.Contain($"CrmSupportHub:Clients:0:{key}:"));
    }

    private static void Set(NetHuntOptions options, string key, string value)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        switch (key)
        {
            case "Connection:BaseUrl": options.Connection.BaseUrl = value; break;
            case "Connection:MaxRetries": options.Connection.MaxRetries = int.Parse(value, c); break;
            case "Connection:RetryBaseDelay": options.Connection.RetryBaseDelay = TimeSpan.Parse(value, c); break;
            case "Connection:Timeout": options.Connection.Timeout = TimeSpan.Parse(value, c); break;
            case "Settings:PageSize": options.Settings.PageSize = int.Parse(value, c); break;
            case "Settings:SyncOverlap": options.Settings.SyncOverlap = TimeSpan.Parse(value, c); break;
            case "Settings:ConfiguredSeats": options.Settings.ConfiguredSeats = int.Parse(value, c); break;
            case "Settings:ActiveUserDays": options.Settings.ActiveUserDays = int.Parse(value, c); break;
            case "Settings:StatusField": options.Settings.StatusField = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "no setter in the test");
        }
    }
}
