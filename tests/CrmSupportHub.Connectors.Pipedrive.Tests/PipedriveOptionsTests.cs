namespace CrmSupportHub.Connectors.Pipedrive.Tests;

public class PipedriveOptionsTests
{
    [Test]
    public void Validate_CompleteOptions_HasNoProblems()
    {
        Assert.That(Valid().Validate(), Is.Empty);
    }

    [Test]
    public void Validate_Defaults_ReportTheRequiredSettings()
    {
        var problems = new PipedriveOptions().Validate().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.Select(p => p.Key), Is.EquivalentTo(new[] { "Connection:BaseUrl", "Connection:ApiToken", "Settings:SupportPipelineId" }));
            Assert.That(problems.Single(p => p.Key == "Connection:ApiToken").Message, Does.Contain("environment variable or user-secrets"));
        }
    }

    [TestCase("http://acme.pipedrive.com", "https")]
    [TestCase("https://acme.pipedrive.com/api/v1", "company domain only")]
    [TestCase("acme.pipedrive.com", "is required")]
    public void Validate_BadBaseUrl_IsReported(string baseUrl, string message)
    {
        var options = Valid();
        options.Connection.BaseUrl = baseUrl;

        Assert.That(Problem(options, "Connection:BaseUrl"), Does.Contain(message));
    }

    [Test]
    public void Validate_HttpToLoopback_IsAllowedForASandbox()
    {
        var options = Valid();
        options.Connection.BaseUrl = "http://localhost:5123";

        Assert.That(options.Validate(), Is.Empty);
    }

    [TestCase(0)]
    [TestCase(501)]
    public void Validate_PageSizeOutOfRange_IsReported(int pageSize)
    {
        var options = Valid();
        options.Settings.PageSize = pageSize;

        Assert.That(Problem(options, "Settings:PageSize"), Does.Contain("500"));
    }

    [Test]
    public void Validate_StageInTwoLists_IsReported()
    {
        var options = Valid();
        options.Settings.WaitingStageIds = [11];

        Assert.That(Problem(options, "Settings:WaitingStageIds"), Does.Contain("11"));
    }

    [Test]
    public void Validate_WebhookUsernameWithoutPassword_IsReported()
    {
        var options = Valid();
        options.Webhook.Password = string.Empty;

        Assert.That(Problem(options, "Webhook:Password"), Does.Contain("Webhook:Username"));
    }

    [Test]
    public void Validate_RetryDelaysOutOfOrder_IsReported()
    {
        var options = Valid();
        options.Connection.RetryBaseDelay = TimeSpan.FromMinutes(5);

        Assert.That(Problem(options, "Connection:RetryBaseDelay"), Does.Contain("MaxRetryDelay"));
    }

    private static string? Problem(PipedriveOptions options, string key) =>
        options.Validate().SingleOrDefault(p => p.Key == key)?.Message;

    private static PipedriveOptions Valid() => new()
    {
        Connection = { BaseUrl = "https://acme.pipedrive.com", ApiToken = "token" },
        Webhook = { Username = "hook", Password = "secret" },
        Settings = { SupportPipelineId = 3, InitialStageIds = [11], WaitingStageIds = [14], ClosedStageIds = [15] },
    };
}
