using System.Buffers.Text;
using System.Net;
using System.Text;
using CrmSupportHub.Connectors.Uspacy.Auth;
using CrmSupportHub.Connectors.Uspacy.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Auth;

public sealed class UspacyTokenProviderTests
{
    private FakeTimeProvider _time = null!;
    private FakeAuthApi _auth = null!;

    [SetUp]
    public void CreateFakes()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 7, 12, 0, 0, TimeSpan.Zero));
        _auth = new FakeAuthApi();
    }

    [Test]
    public async Task GetJwt_FreshToken_IsReusedWithoutCallingUspacy()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1"));
        using var tokens = Provider();

        var first = await tokens.GetJwtAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((first, second, _auth.SignInCalls, _auth.RefreshCalls), Is.EqualTo(("jwt-1", "jwt-1", 1, 0)));
    }

    [Test]
    public async Task GetJwt_WithinRefreshMargin_RefreshesWithTheRefreshToken()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1", "refresh-1"));
        _auth.Refreshes.Enqueue(() => FakeAuthApi.Token("jwt-2", "refresh-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56)); // a 1 h token refreshes 5 min before expiry
        var jwt = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((jwt, _auth.LastRefreshHeader, _auth.SignInCalls), Is.EqualTo(("jwt-2", "Bearer refresh-1", 1)));
    }

    [Test]
    public async Task GetJwt_NoExpiresIn_TakesExpiryFromTheJwtExpClaim()
    {
        var jwt = Jwt(_time.GetUtcNow().AddMinutes(10));
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token(jwt, "refresh-1", expiresIn: null));
        _auth.Refreshes.Enqueue(() => FakeAuthApi.Token("jwt-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(8.5));
        var beforeMargin = await tokens.GetJwtAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1)); // a 10 min token refreshes 1 min before expiry
        var withinMargin = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((beforeMargin, withinMargin), Is.EqualTo((jwt, "jwt-2")));
    }

    [Test]
    public async Task GetJwt_Expired_SignsInAgainInsteadOfRefreshing()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1"));
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(2));
        var jwt = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((jwt, _auth.SignInCalls, _auth.RefreshCalls), Is.EqualTo(("jwt-2", 2, 0)));
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    public async Task GetJwt_RefreshRefused_SignsInAgain(HttpStatusCode refusal)
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1"));
        _auth.Refreshes.Enqueue(() => FakeAuthApi.Status(refusal));
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56));
        var jwt = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((jwt, _auth.SignInCalls), Is.EqualTo(("jwt-2", 2)));
    }

    [Test]
    public async Task GetJwt_RefreshFailsTransiently_KeepsTheValidTokenAndRetriesLater()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1"));
        _auth.Refreshes.Enqueue(() => FakeAuthApi.Status(HttpStatusCode.ServiceUnavailable));
        _auth.Refreshes.Enqueue(() => FakeAuthApi.Token("jwt-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(56));

        var kept = await tokens.GetJwtAsync(CancellationToken.None);
        var soonAfter = await tokens.GetJwtAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(31));
        var refreshed = await tokens.GetJwtAsync(CancellationToken.None);

        Assert.That((kept, soonAfter, refreshed, _auth.RefreshCalls, _auth.SignInCalls), Is.EqualTo(("jwt-1", "jwt-1", "jwt-2", 2, 1)));
    }

    [Test]
    public async Task RenewRejected_TokenAlreadyReplaced_ReturnsTheNewOneWithoutSigningIn()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-1"));
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token("jwt-2"));
        using var tokens = Provider();
        await tokens.GetJwtAsync(CancellationToken.None);

        var renewed = await tokens.RenewRejectedAsync("jwt-1", CancellationToken.None);
        var again = await tokens.RenewRejectedAsync("jwt-1", CancellationToken.None);

        Assert.That((renewed, again, _auth.SignInCalls), Is.EqualTo(("jwt-2", "jwt-2", 2)));
    }

    [Test]
    public async Task GetJwt_SignInWithoutJwt_ThrowsInvalidResponse()
    {
        _auth.SignIns.Enqueue(() => FakeAuthApi.Token(string.Empty));
        using var tokens = Provider();

        var error = await Assert.ThrowsAsync<ConnectorException>(async () => await tokens.GetJwtAsync(CancellationToken.None));

        Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
    }

    private UspacyTokenProvider Provider() => new(
        _auth,
        new UspacyConnectionOptions { ClientId = "client", ClientSecret = "secret" },
        _time,
        NullLogger<UspacyTokenProvider>.Instance);

    private static string Jwt(DateTimeOffset expires) =>
        $"{Base64Url.EncodeToString("{\"alg\":\"HS256\"}"u8)}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"exp\":{expires.ToUnixTimeSeconds()}}}"))}.sig";
}
