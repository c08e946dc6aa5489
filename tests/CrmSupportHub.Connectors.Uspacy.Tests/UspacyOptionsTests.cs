namespace CrmSupportHub.Connectors.Uspacy.Tests;

public sealed class UspacyOptionsTests
{
    [Test]
    public void Validate_CompleteOptions_HasNoProblem()
    {
        Assert.That(Valid().Validate(), Is.Empty);
    }

    [TestCase("http://acme.uspacy.ua", "Connection:BaseUrl", TestName = "Validate_PlainHttpPortal_IsAProblem")]
    [TestCase("https://acme.uspacy.ua/crm/v1", "Connection:BaseUrl", TestName = "Validate_BaseUrlWithPath_IsAProblem")]
    public void Validate_BadBaseUrl_NamesTheKey(string baseUrl, string key)
    {
        var options = Valid();
        options.Connection.BaseUrl = baseUrl;

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { key }));
    }

    [Test]
    public void Validate_LoopbackHttp_IsAllowedForTheSandbox()
    {
        var options = Valid();
        options.Connection.BaseUrl = "http://127.0.0.1:5123";

        Assert.That(options.Validate(), Is.Empty);
    }

    [Test]
    public void Validate_ShortWebhookSecret_IsAProblem()
    {
        var options = Valid();
        options.Webhook.Secret = "too-short";

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { "Webhook:Secret" }));
    }

    [TestCase("Requests")]
    [TestCase("crm/requests")]
    [TestCase("")]
    public void Validate_TableNameNotASlug_IsAProblem(string table)
    {
        var options = Valid();
        options.Settings.EntityTable = table;

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { "Settings:EntityTable" }));
    }

    [Test]
    public void Validate_StageInTwoLists_IsAProblem()
    {
        var options = Valid();
        options.Settings.ClosedStageIds = [31, 34];

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { "Settings:ClosedStageIds" }));
    }

    [Test]
    public void Validate_MissingFunnelAndStages_NamesEach()
    {
        var options = Valid();
        options.Settings.FunnelId = 0;
        options.Settings.InitialStageIds = [];
        options.Settings.PageSize = 500;

        Assert.That(
            options.Validate().Select(p => p.Key),
            Is.EquivalentTo(new[] { "Settings:FunnelId", "Settings:InitialStageIds", "Settings:PageSize" }));
    }

    private static UspacyOptions Valid() => new()
    {
        Connection = new UspacyConnectionOptions { BaseUrl = "https://acme.uspacy.ua", ClientId = "id", ClientSecret = "secret" },
        Webhook = new UspacyWebhookOptions { Secret = new string('s', 40) },
        Settings = new UspacySettings { EntityTable = "requests", FunnelId = 5, InitialStageIds = [31], WaitingStageIds = [33], ClosedStageIds = [34] },
    };
}
