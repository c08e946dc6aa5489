namespace CrmSupportHub.Connectors.KeyCrm.Tests;

public sealed class KeyCrmOptionsTests
{
    [Test]
    public void Validate_CompleteOptions_HasNoProblems()
    {
        Assert.That(Valid().Validate(), Is.Empty);
    }

    [Test]
    public void Validate_ShortWebhookSecret_IsAProblem()
    {
        var options = Valid();
        options.Webhook.Secret = new string('s', 31);

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { "Webhook:Secret" }));
    }

    [Test]
    public void Validate_NoWebhookSecret_IsAllowed()
    {
        var options = Valid();
        options.Webhook.Secret = string.Empty;

        Assert.That(options.Validate(), Is.Empty, "webhooks are optional: without a secret every delivery is refused");
    }

    [Test]
    public void Validate_StatusInTwoLists_IsAProblem()
    {
        var options = Valid();
        options.Settings.ClosedStatusIds.Add(31);

        Assert.That(options.Validate().Single().Message, Does.Contain("status 31"));
    }

    [TestCase("http://openapi.keycrm.app/v1", false)]
    [TestCase("http://127.0.0.1:5080/v1", true)]
    [TestCase("https://openapi.keycrm.app/v1/", true)]
    public void Validate_BaseUrl_NeedsHttpsExceptOnLoopback(string url, bool valid)
    {
        var options = Valid();
        options.Connection.BaseUrl = url;

        Assert.That(options.Validate().Any(), Is.EqualTo(!valid));
    }

    [TestCase("Settings:PageSize")]
    [TestCase("Settings:SupportPipelineId")]
    [TestCase("Settings:InitialStatusIds")]
    [TestCase("Connection:ApiToken")]
    [TestCase("Connection:BaseUrl")]
    [TestCase("Connection:RequestsPerMinute")]
    public void Validate_BadValue_NamesTheKey(string key)
    {
        var options = Valid();
        switch (key)
        {
            case "Settings:PageSize": options.Settings.PageSize = 51; break;
            case "Settings:SupportPipelineId": options.Settings.SupportPipelineId = 0; break;
            case "Settings:InitialStatusIds": options.Settings.InitialStatusIds.Clear(); break;
            case "Connection:ApiToken": options.Connection.ApiToken = " "; break;
            case "Connection:BaseUrl": options.Connection.BaseUrl = "openapi.keycrm.app/v1"; break;
            default: options.Connection.RequestsPerMinute = 0; break;
        }

        Assert.That(options.Validate().Select(p => p.Key), Is.EqualTo(new[] { key }));
    }

    private static KeyCrmOptions Valid() => new()
    {
        Connection = { ApiToken = "key" },
        Webhook = { Secret = new string('s', 32) },
        Settings = { SupportPipelineId = 3, InitialStatusIds = [31], WaitingStatusIds = [33], ClosedStatusIds = [34] },
    };
}
