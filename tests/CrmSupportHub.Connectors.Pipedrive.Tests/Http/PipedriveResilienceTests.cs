using System.Net;
using CrmSupportHub.Connectors.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmSupportHub.Connectors.Pipedrive.Tests.Http;

/// <summary>The Polly pipeline as AddPipedrive wires it, over a scripted primary handler.</summary>
public class PipedriveResilienceTests
{
    private static readonly Uri Users = new("https://acme.pipedrive.com/api/v1/users");

    [Test]
    public async Task Send_PostAnswered503_IsSentOnce()
    {
        var stub = new StubHandler(TimeProvider.System, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        await using var services = Services(stub, TimeProvider.System);
        using var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("pd");

        using var response = await client.PostAsync(Users, new StringContent("{}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(stub.Calls, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Send_GetAnswered503_IsRetriedUpToMaxRetries()
    {
        var stub = new StubHandler(TimeProvider.System, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        await using var services = Services(stub, TimeProvider.System);
        using var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("pd");

        using var response = await client.GetAsync(Users);

        Assert.That(stub.Calls, Has.Count.EqualTo(4), "one attempt and three retries");
    }

    [Test]
    public async Task Send_TooManyRequestsWithRetryAfter_WaitsThatLongOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var stub = new StubHandler(time, i =>
        {
            var response = new HttpResponseMessage(i == 0 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
            response.Headers.RetryAfter = new(TimeSpan.FromSeconds(7));
            return response;
        });
        await using var services = Services(stub, time);
        using var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("pd");

        var call = client.GetAsync(Users);
        for (var step = 0; step < 30 && stub.Calls.Count < 2; step++)
        {
            // Give the retry time to arm its timer (or to fire), then move the fake clock a second.
            for (var wait = 0; wait < 10 && stub.Calls.Count < 2; wait++)
            {
                await Task.Delay(20);
            }

            if (stub.Calls.Count < 2)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        using var answer = await call.WaitAsync(TimeSpan.FromSeconds(10));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            // On the fake clock: at least Retry-After, and not the 30 s a wall-clock wait would have let pass.
            Assert.That(stub.Calls[1].At - stub.Calls[0].At, Is.InRange(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(11)));
        }
    }

    private static ServiceProvider Services(StubHandler stub, TimeProvider time)
    {
        var options = new PipedriveConnectionOptions { MaxRetries = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(30) };
        var services = new ServiceCollection();
        services.AddHttpClient("pd")
            .ConfigurePrimaryHttpMessageHandler(() => stub)
            .AddResilienceHandler("pipedrive", pipeline => ConnectorResilience.Configure(pipeline, options, time));
        return services.BuildServiceProvider();
    }
}
