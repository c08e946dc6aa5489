using System.Net;
using System.Net.Http.Json;
using CrmSupportHub.Worker.Sync;
using CrmSupportHub.Worker.Tests.Api;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSupportHub.Worker.Tests.Security;

/// <summary>
/// Drives every failure that involves a secret (a rejected CRM token, forged webhook credentials, a
/// wrong API key, a failing chat webhook whose URL holds a token) with logging at Trace, then
/// looks for each secret in every log line and every response body.
/// </summary>
[Category("EndToEnd")]
public sealed class SecretLeakTests
{
    private const string WrongCrmToken = "wrong-crm-token-S3CRET-1";
    private const string ChatToken = "T0KEN-S3CRET-4";

    [Test]
    public async Task Secrets_NeverAppearInLogsOrResponses()
    {
        using var chat = WireMockServer.Start();
        chat.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(500).WithBody("chat tool down"));
        var logs = new CapturingLoggerProvider();
        await using var api = await ApiFixture.StartAsync(
            new Dictionary<string, string?>
            {
                ["CrmSupportHub:Clients:1:Connection:ApiToken"] = WrongCrmToken,
                ["CrmSupportHub:Notifications:WebhookUrl"] = $"{chat.Url}/hooks/{ChatToken}",
            },
            builder =>
            {
                builder.Logging.AddProvider(logs);
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
            });
        var crm = api.Sla.Crm.Options;
        var bodies = new List<string>();

        // The CRM rejects beta's token: the sync fails and its error is shown in sync health.
        var failed = await api.Hub.Services.GetRequiredService<RequestSyncService>().SyncAsync("beta", full: false, null, CancellationToken.None);
        Assert.That(failed.Succeeded, Is.False);
        using (var admin = api.Client(ApiFixture.AdminKey))
        {
            bodies.Add(await admin.GetStringAsync(new Uri("/api/v1/clients", UriKind.Relative)));
        }

        // Forged webhook credentials.
        var forged = api.Sla.Crm.CreateDealWebhook(long.Parse(api.OldRequest, System.Globalization.CultureInfo.InvariantCulture), authentic: false);
        using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/acme", UriKind.Relative)) { Content = new ByteArrayContent(forged.Body.ToArray()) })
        {
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("Authorization", forged.Headers["Authorization"]);
            using var response = await api.Hub.Http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        // A wrong API key, on the API and on the dashboard's login form.
        const string wrongKey = "chk_wrong-key-S3CRET-3";
        using (var stranger = api.Client(wrongKey))
        {
            using var response = await stranger.PostAsJsonAsync(new Uri("/api/v1/clients/acme/work-entries", UriKind.Relative), new { minutes = 5 });
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        // Warnings fire and their delivery to the chat tool fails.
        api.Sla.Time.Advance(TimeSpan.FromMinutes(10));
        await api.Hub.Services.GetRequiredService<Worker.Sla.SlaMilestoneScheduler>().IdleAsync();
        await api.Hub.Services.GetRequiredService<Worker.Sla.SlaOutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Assert.That(chat.LogEntries, Is.Not.Empty, "the dispatcher tried the chat webhook");

        var everything = string.Join("\n", logs.Lines.Concat(bodies));
        var secrets = new[]
        {
            WrongCrmToken, crm.ApiToken, crm.WebhookPassword, crm.WebhookPassword + "-forged", ApiFixture.AdminKey, ApiFixture.AcmeKey, wrongKey, ChatToken,
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{crm.WebhookUsername}:{crm.WebhookPassword}-forged")),
        };
        Assert.Multiple(() =>
        {
            Assert.That(logs.Lines, Has.Some.Contains("request sync stopped"), "the rejected token was logged (without the token)");
            Assert.That(logs.Lines, Has.Some.Contains("not delivered"), "the failed chat post was logged (without its URL)");
            Assert.That(everything, Does.Contain("401").Or.Contain("Unauthorized"), "the failures were logged or answered");
            foreach (var secret in secrets)
            {
                Assert.That(everything, Does.Not.Contain(secret), $"a secret of {secret.Length} characters leaked");
            }
        });
    }
}
