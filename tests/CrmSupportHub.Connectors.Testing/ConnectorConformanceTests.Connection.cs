namespace CrmSupportHub.Connectors.Testing;

public abstract partial class ConnectorConformanceTests
{
    [Test]
    public async Task CheckConnection_GoodCredentials_Succeeds()
    {
        var host = StartHost();

        var check = await host.Get<ICrmConnector>(ClientId).CheckConnectionAsync(Deadline);

        Assert.That(check.Succeeded, Is.True, check.Error);
    }

    [Test]
    public async Task CheckConnection_WrongCredential_FailsWithoutThrowingOrLeakingIt()
    {
        const string WrongCredential = "wrong-credential-0f4c1e";
        var host = StartHost(new Dictionary<string, string?> { [CredentialKey] = WrongCredential });

        var check = await host.Get<ICrmConnector>(ClientId).CheckConnectionAsync(Deadline);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Succeeded, Is.False);
            Assert.That(check.Error, Is.Not.Empty.And.Not.Contain(WrongCredential));
        }
    }

    [Test]
    public async Task AllOperations_OnlyCallTheSandbox()
    {
        Sandbox.SeedUsers(2);
        var ids = Sandbox.SeedRequests(3, Now.AddHours(-3));
        var host = StartHost();
        var connector = host.Get<ICrmConnector>(ClientId);

        await connector.CheckConnectionAsync(Deadline);
        if (connector is IUserSource users)
        {
            await SyncReads.AllUsersAsync(users, Deadline);
        }

        if (connector is IRequestSource requests)
        {
            await SyncReads.AllRequestsAsync(requests, null, Deadline);
            await requests.ReadRequestAsync(ids[0], Deadline);
        }

        var sandbox = new Uri(Sandbox.BaseUrl);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(host.Recorder.Calls, Is.Not.Empty);
            Assert.That(host.Recorder.Calls.Select(u => u.Authority).Distinct(), Is.EqualTo(new[] { sandbox.Authority }));
            Assert.That(host.Recorder.Calls, Has.Count.EqualTo(Sandbox.CallCount), "every call left through the client's HttpClient");
        }
    }
}
