using CrmSupportHub.Worker.Dashboard;

namespace CrmSupportHub.Worker.Tests.Dashboard;

public sealed class LoginEndpointsTests
{
    [TestCase("/", "/")]
    [TestCase("/clients/acme?logged=3", "/clients/acme?logged=3")]
    [TestCase("https://evil.example/", "/")]
    [TestCase("//evil.example/", "/")]
    [TestCase("/\\evil.example/", "/")]
    [TestCase("clients/acme", "/")]
    [TestCase("", "/")]
    [TestCase(null, "/")]
    public void LocalOrRoot_OnlyKeepsPathsOnThisSite(string? returnUrl, string expected) =>
        Assert.That(LoginEndpoints.LocalOrRoot(returnUrl), Is.EqualTo(expected));
}
