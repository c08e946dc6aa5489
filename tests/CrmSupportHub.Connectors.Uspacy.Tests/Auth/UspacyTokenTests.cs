using System.Buffers.Text;
using System.Text;
using CrmSupportHub.Connectors.Uspacy.Auth;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Auth;

public sealed class UspacyTokenTests
{
    private static readonly DateTimeOffset Issued = new(2026, 5, 7, 12, 0, 0, TimeSpan.Zero);

    [TestCase(86400, 300, TestName = "Issued_DayLongToken_RefreshesFiveMinutesEarly")]
    [TestCase(600, 60, TestName = "Issued_TenMinuteToken_RefreshesOneMinuteEarly")]
    [TestCase(20, 5, TestName = "Issued_VeryShortToken_RefreshesAtLeastFiveSecondsEarly")]
    public void Issued_Lifetime_SetsTheRefreshMargin(int lifetimeSeconds, int marginSeconds)
    {
        var token = UspacyToken.Issued("jwt", "refresh", Issued, Issued.AddSeconds(lifetimeSeconds));

        Assert.That(token.ExpiresAt - token.RefreshAt, Is.EqualTo(TimeSpan.FromSeconds(marginSeconds)));
    }

    [Test]
    public void JwtExpiry_ExpClaim_IsRead()
    {
        var jwt = $"{Part("""{"alg":"HS256"}""")}.{Part("""{"id":1,"domain":"acme.uspacy.ua","exp":1778155200}""")}.signature";

        Assert.That(JwtExpiry.Read(jwt), Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1778155200)));
    }

    [TestCase(null)]
    [TestCase("opaque-token")]
    [TestCase("a.%%%.c")]
    [TestCase("a.eyJub3QiOiJleHAifQ.c")]
    public void JwtExpiry_NoReadableExp_IsNull(string? jwt)
    {
        Assert.That(JwtExpiry.Read(jwt), Is.Null);
    }

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
