using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Sandbox;
using CrmSupportHub.Worker.Tests.Api;

namespace CrmSupportHub.Worker.Tests.Security;

/// <summary>Hostile webhook deliveries: each gets the right 4xx, nothing is stored, and other clients' deliveries still go through.</summary>
[Category("EndToEnd")]
public sealed class WebhookSecurityTests
{
    private ApiFixture _api = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _api = await ApiFixture.StartAsync(new Dictionary<string, string?> { ["CrmSupportHub:MaxWebhookBytes"] = "65536" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("text/xml")]
    [TestCase("text/plain")]
    [TestCase("multipart/form-data; boundary=x")]
    public async Task WrongContentType_Is415_AndStoresNothing(string contentType)
    {
        var delivery = Delivery();
        using var response = await SendAsync("/webhooks/acme", delivery.Body, delivery, contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await StoredAsync(), Is.Zero);
    }

    [Test]
    public async Task BodyOverTheLimit_Is413_AndStoresNothing_AlsoWhenChunked()
    {
        var huge = Encoding.UTF8.GetBytes("{\"meta\":{},\"data\":\"" + new string('x', 70_000) + "\"}");
        using var declared = await SendAsync("/webhooks/acme", huge, Delivery());
        using var chunked = await SendAsync("/webhooks/acme", huge, Delivery(), chunked: true);

        Assert.That(declared.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(chunked.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await StoredAsync(), Is.Zero);
    }

    [Test]
    public async Task DeeplyNestedJson_Is400_AndStoresNothing()
    {
        var nested = Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000));
        using var response = await SendAsync("/webhooks/acme", nested, Delivery());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await StoredAsync(), Is.Zero);
    }

    [Test]
    public async Task HugeJsonWithinTheLimit_ThatIsNoCrmPayload_Is400()
    {
        var array = Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("1234567", 7_000)) + "]");
        using var response = await SendAsync("/webhooks/acme", array, Delivery());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await StoredAsync(), Is.Zero);
    }

    [TestCase("/webhooks/nope", HttpStatusCode.NotFound)]
    [TestCase("/webhooks/ACME", HttpStatusCode.NotFound)]
    [TestCase("/webhooks/acme%2F..%2Fbeta", HttpStatusCode.NotFound)]
    [TestCase("/webhooks/acme%00", HttpStatusCode.BadRequest)]
    [TestCase("/webhooks/acme/extra", HttpStatusCode.NotFound)]
    [TestCase("/webhooks/", HttpStatusCode.NotFound)]
    public async Task PathTricks_AreRefused_AndStoreNothing(string path, HttpStatusCode expected)
    {
        var delivery = Delivery();
        var betaBefore = await _api.Hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("beta", CancellationToken.None);
        using var response = await SendAsync(path, delivery.Body, delivery);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(await StoredAsync(), Is.Zero);
        Assert.That(await _api.Hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("beta", CancellationToken.None), Is.EqualTo(betaBefore));
    }

    [Test]
    public async Task WrongMethod_Is405()
    {
        using var response = await _api.Hub.Http.GetAsync(new Uri("/webhooks/acme", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task ReplayedDelivery_IsStoredOnce()
    {
        var delivery = _api.Sla.Crm.CreateDealWebhook(_api.Sla.Crm.CreateDeal("Replayed", _api.Sla.Time.GetUtcNow()).Id);
        var inbox = _api.Hub.Services.GetRequiredService<IWebhookInbox>();
        var before = await inbox.CountAsync("beta", CancellationToken.None);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await SendAsync("/webhooks/beta", delivery.Body, delivery);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await inbox.CountAsync("beta", CancellationToken.None), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task FloodOfBadDeliveries_DoesNotBlockAnotherClientsGoodOne()
    {
        var good = _api.Sla.Crm.CreateDealWebhook(_api.Sla.Crm.CreateDeal("Good one", _api.Sla.Time.GetUtcNow()).Id);
        var inbox = _api.Hub.Services.GetRequiredService<IWebhookInbox>();
        var before = await inbox.CountAsync("beta", CancellationToken.None);
        var nested = Encoding.UTF8.GetBytes(new string('{', 5_000));
        var flood = Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await SendAsync("/webhooks/acme", nested, Delivery(), authorization: i % 2 == 0 ? null : "Basic d3Jvbmc6d3Jvbmc=");
            return response.StatusCode;
        }).ToList();
        using var accepted = await SendAsync("/webhooks/beta", good.Body, good);
        var refused = await Task.WhenAll(flood);

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await inbox.CountAsync("beta", CancellationToken.None), Is.EqualTo(before + 1));
        Assert.That(refused, Is.All.EqualTo(HttpStatusCode.Unauthorized).Or.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await StoredAsync(), Is.Zero);
    }

    private SandboxWebhook Delivery() => _api.Sla.Crm.CreateDealWebhook(long.Parse(_api.OldRequest, System.Globalization.CultureInfo.InvariantCulture));

    private Task<int> StoredAsync() => _api.Hub.Services.GetRequiredService<IWebhookInbox>().CountAsync("acme", CancellationToken.None);

    private async Task<HttpResponseMessage> SendAsync(
        string path, ReadOnlyMemory<byte> body, SandboxWebhook credentialsFrom, string contentType = "application/json", bool chunked = false, string? authorization = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body.ToArray())) : new ByteArrayContent(body.ToArray());
        request.Content = content;
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        foreach (var (name, value) in credentialsFrom.Headers.Where(h => !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && authorization != string.Empty)
            {
                if (authorization is not null)
                {
                    request.Headers.TryAddWithoutValidation(name, authorization);
                }

                continue;
            }

            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _api.Hub.Http.SendAsync(request);
    }
}
