using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Connectors.Testing;

public abstract partial class ConnectorConformanceTests
{
    [Test]
    public async Task ReadRequests_TooManyRequestsWithRetryAfter_IsRetried()
    {
        var ids = Sandbox.SeedRequests(3, Now.AddHours(-1));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        Sandbox.InjectFault(SandboxFault.TooManyRequests);

        var requests = await SyncReads.AllRequestsAsync(host.Get<IRequestSource>(ClientId), null, Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(ids));
            Assert.That(Sandbox.ThrottledCount, Is.EqualTo(1));
        }
    }

    [TestCase(SandboxFault.ServerError)]
    [TestCase(SandboxFault.BadGateway)]
    [TestCase(SandboxFault.ServiceUnavailable)]
    public async Task ReadRequests_TransientServerErrors_AreRetried(SandboxFault fault)
    {
        var ids = Sandbox.SeedRequests(3, Now.AddHours(-1));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        Sandbox.InjectFault(fault, times: 2);

        var requests = await SyncReads.AllRequestsAsync(host.Get<IRequestSource>(ClientId), null, Deadline);

        Assert.That(requests.Select(r => r.Id), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task ReadRequests_Unauthorized_ThrowsUnauthorizedWithoutRetrying()
    {
        Sandbox.SeedRequests(3, Now.AddHours(-1));
        var host = StartHost();
        RequireCapability(host, ConnectorCapabilities.Requests);
        Sandbox.InjectFault(SandboxFault.Unauthorized);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SyncReads.AllRequestsAsync(host.Get<IRequestSource>(ClientId), null, Deadline));

        var credential = Sandbox.ClientSettings[CredentialKey];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.Unauthorized));
            Assert.That(Sandbox.CallCount, Is.EqualTo(1), "401 is not retried");
            Assert.That(error.ToString(), Does.Not.Contain(credential), "the credential never shows in errors");
        }
    }
}
