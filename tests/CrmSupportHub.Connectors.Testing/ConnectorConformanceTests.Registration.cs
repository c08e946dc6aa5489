using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Connectors.Testing;

public abstract partial class ConnectorConformanceTests
{
    [Test]
    public void Register_TwoClients_GetSeparateKeyedInstances()
    {
        var configuration = ClientConfiguration(0, "alpha")
            .Concat(ClientConfiguration(1, "beta"))
            .Concat(ClientConfiguration(2, "gamma", crm: "SomeOtherCrm"));
        var host = StartHostWith(configuration);

        var alpha = host.Get<ICrmConnector>("alpha");
        var beta = host.Get<ICrmConnector>("beta");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alpha, Is.Not.SameAs(beta));
            Assert.That(host.Get<ICrmConnector>("alpha"), Is.SameAs(alpha), "one instance per client");
            Assert.That(host.Find<ICrmConnector>("gamma"), Is.Null, "a client of another CRM is not registered");
            Assert.That(alpha.Descriptor.Kind, Is.EqualTo(Sandbox.Kind).IgnoreCase);
            AssertCapabilityServices(host, "alpha", alpha);
            AssertCapabilityServices(host, "beta", beta);
        }
    }

    [Test]
    public void Validate_EmptyCredential_FailsNamingClientAndKey()
    {
        var host = StartHost(new Dictionary<string, string?> { [CredentialKey] = string.Empty });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain($"'{ClientId}'").And.Contain(CredentialKey));
    }

    [Test]
    public void Validate_MisspeltKey_FailsNamingClientAndKey()
    {
        var host = StartHost(new Dictionary<string, string?> { [MisspeltKey] = "value" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain($"'{ClientId}'").And.Contain(MisspeltKey));
    }

    [Test]
    public void Validate_SandboxSettings_Pass()
    {
        var host = StartHost();

        Assert.DoesNotThrow(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
    }

    private static void AssertCapabilityServices(ConformanceHost host, string clientId, ICrmConnector connector)
    {
        var capabilities = connector.Descriptor.Capabilities;
        AssertRegistered<IUserSource>(host, clientId, connector, capabilities.HasFlag(ConnectorCapabilities.Users));
        AssertRegistered<IRequestSource>(host, clientId, connector, capabilities.HasFlag(ConnectorCapabilities.Requests));
        AssertRegistered<IWebhookReceiver>(host, clientId, connector, capabilities.HasFlag(ConnectorCapabilities.Webhooks));
    }

    private static void AssertRegistered<T>(ConformanceHost host, string clientId, ICrmConnector connector, bool declared)
        where T : class
    {
        var service = host.Find<T>(clientId);
        Assert.That(service is not null, Is.EqualTo(declared), $"{typeof(T).Name} registered as declared by the descriptor");
        if (service is not null)
        {
            Assert.That(service, Is.SameAs(connector), $"{typeof(T).Name} is the client's connector instance");
        }
    }
}
