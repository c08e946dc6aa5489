using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.Tests.Registration;

public class ConnectorOptionsValidatorTests
{
    [Test]
    public void Validate_KnownKeysAndHubKeys_Succeeds()
    {
        var result = Validate(new Dictionary<string, string?>
        {
            ["Connection:Token"] = "t",
            ["Settings:PageSize"] = "50",
            ["Package"] = "Medium",
            ["Calendar:TimeZone"] = "Europe/Kyiv",
        });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_MisspeltKeyInAConnectorSection_FailsNamingClientAndFullKey()
    {
        var result = Validate(new Dictionary<string, string?> { ["Connection:Token"] = "t", ["Settings:PageSzie"] = "50" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Client 'acme'").And.Contain("CrmSupportHub:Clients:0:Settings:PageSzie"));
            Assert.That(result.FailureMessage, Does.Contain("Fake connector").And.Contain("PageSize"));
        }
    }

    [Test]
    public void Validate_OptionsOwnProblem_IsReportedWithoutTheValue()
    {
        var result = Validate(new Dictionary<string, string?> { ["Connection:Token"] = string.Empty });

        Assert.That(result.FailureMessage, Does.Contain("CrmSupportHub:Clients:0:Connection:Token: is required"));
    }

    [Test]
    public void Validate_AnotherClientsName_IsSkipped()
    {
        var section = Section(new Dictionary<string, string?> { ["Settings:Typo"] = "1" });
        var validator = new ConnectorOptionsValidator<FakeOptions>("acme", section, "Fake");

        Assert.That(validator.Validate("other", new FakeOptions()).Skipped, Is.True);
    }

    private static ValidateOptionsResult Validate(Dictionary<string, string?> values)
    {
        var section = Section(values);
        var options = section.Get<FakeOptions>() ?? new FakeOptions();
        return new ConnectorOptionsValidator<FakeOptions>("acme", section, "Fake").Validate("acme", options);
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(kv => KeyValuePair.Create("CrmSupportHub:Clients:0:" + kv.Key, kv.Value)))
            .Build()
            .GetSection("CrmSupportHub:Clients:0");

    public sealed class FakeOptions : IConnectorOptions
    {
        public FakeConnection Connection { get; set; } = new();

        public FakeSettings Settings { get; set; } = new();

        public IEnumerable<ConfigurationProblem> Validate()
        {
            if (string.IsNullOrEmpty(Connection.Token))
            {
                yield return new ConfigurationProblem("Connection:Token", "is required");
            }
        }
    }

    public sealed class FakeConnection
    {
        public string Token { get; set; } = string.Empty;
    }

    public sealed class FakeSettings
    {
        public int PageSize { get; set; } = 10;

        public IList<long> StageIds { get; set; } = [];
    }
}
