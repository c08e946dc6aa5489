using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSupportHub.Connectors.Tests.Registration;

public class CrmSupportHubBuilderTests
{
    private static readonly ConnectorDescriptor Fake = new("FakeCrm", "Fake CRM", ConnectorCapabilities.Requests, ["fake.example"]);

    [Test]
    public void AddConnector_MixedClients_ConfiguresOnlyMatchingOnes()
    {
        var builder = Builder(new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Id"] = "acme",
            ["CrmSupportHub:Clients:0:Crm"] = "FakeCrm",
            ["CrmSupportHub:Clients:1:Id"] = "globex",
            ["CrmSupportHub:Clients:1:Crm"] = "KeyCrm",
            ["CrmSupportHub:Clients:2:Id"] = "initech",
            ["CrmSupportHub:Clients:2:Crm"] = "fakecrm",
            ["CrmSupportHub:Clients:3:Crm"] = "FakeCrm",
        });
        var configured = new List<(string ClientId, string Path)>();

        builder.AddConnector(Fake, client => configured.Add((client.ClientId, client.Section.Path)));

        Assert.That(configured, Is.EqualTo(new[]
        {
            ("acme", "CrmSupportHub:Clients:0"),
            ("initech", "CrmSupportHub:Clients:2"),
        }));
    }

    [Test]
    public void AddConnector_Catalog_ListsTheKindAndItsClients()
    {
        var builder = Builder(new Dictionary<string, string?>
        {
            ["CrmSupportHub:Clients:0:Id"] = "acme",
            ["CrmSupportHub:Clients:0:Crm"] = "FakeCrm",
        });

        builder.AddConnector(Fake, _ => { });
        using var services = builder.Services.BuildServiceProvider();

        var catalog = services.GetRequiredService<ConnectorCatalog>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(catalog.Kinds, Is.EqualTo(new[] { Fake }));
            Assert.That(catalog.Clients, Is.EqualTo(new[] { new ConnectorContext("acme", "FakeCrm") }));
            Assert.That(catalog.ForClient("acme"), Is.SameAs(Fake));
            Assert.That(catalog.ForClient("nobody"), Is.Null);
        }
    }

    [Test]
    public void AddConnector_NoClientsOfThatCrm_RegistersTheKindOnly()
    {
        var builder = Builder(new Dictionary<string, string?>());
        var calls = 0;

        builder.AddConnector(Fake, _ => calls++);

        using var services = builder.Services.BuildServiceProvider();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(calls, Is.Zero);
            Assert.That(services.GetRequiredService<ConnectorCatalog>().TryGetKind("fakecrm", out _), Is.True);
        }
    }

    private static CrmSupportHubBuilder Builder(Dictionary<string, string?> values) =>
        new(new ServiceCollection(), new ConfigurationBuilder().AddInMemoryCollection(values).Build());
}
