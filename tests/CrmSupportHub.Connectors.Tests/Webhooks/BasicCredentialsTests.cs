using System.Text;

namespace CrmSupportHub.Connectors.Tests.Webhooks;

public class BasicCredentialsTests
{
    private const string User = "pipedrive";
    private const string Password = "p@ss:word with colon";

    [Test]
    public void Matches_ExactCredentials_IsTrue()
    {
        Assert.That(BasicCredentials.Matches(Header(User, Password), User, Password), Is.True);
    }

    [Test]
    public void Matches_SchemeInAnyCase_IsTrue()
    {
        Assert.That(BasicCredentials.Matches(Header(User, Password).Replace("Basic", "bAsIc", StringComparison.Ordinal), User, Password), Is.True);
    }

    [TestCase("other", Password)]
    [TestCase(User, "wrong")]
    [TestCase(User, "")]
    [TestCase("", Password)]
    public void Matches_WrongUserOrPassword_IsFalse(string user, string password)
    {
        Assert.That(BasicCredentials.Matches(Header(user, password), User, Password), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Bearer abc")]
    [TestCase("Basic not-base64!!")]
    [TestCase("Basic cGlwZWRyaXZl")] // "pipedrive" without a colon
    public void Matches_MissingOrMalformedHeader_IsFalse(string? header)
    {
        Assert.That(BasicCredentials.Matches(header, User, Password), Is.False);
    }

    [Test]
    public void Matches_OverlongHeader_IsFalse()
    {
        Assert.That(BasicCredentials.Matches(Header(User, new string('x', 400)), User, new string('x', 400)), Is.False);
    }

    [TestCase(null, Password)]
    [TestCase(User, null)]
    [TestCase("", "")]
    public void Matches_UnconfiguredCredentials_NeverMatch(string? expectedUser, string? expectedPassword)
    {
        Assert.That(BasicCredentials.Matches(Header(expectedUser ?? string.Empty, expectedPassword ?? string.Empty), expectedUser, expectedPassword), Is.False);
    }

    private static string Header(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
}
