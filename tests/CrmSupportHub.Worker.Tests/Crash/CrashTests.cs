using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using CrmSupportHub.Sandbox.Pipedrive;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Worker.Tests.Crash;

/// <summary>
/// SIGKILLs the worker during a burst of webhooks and again in the middle of a paged sync, then
/// restarts it: every acknowledged webhook is stored exactly once, the sync completes without
/// duplicates, SLA milestones that fell due while it was down fire once, and SQLite is intact.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class CrashTests
{
    private const int Deals = 1500;
    private PipedriveSandbox _crm = null!;
    private string _directory = null!;
    private string _database = null!;

    [SetUp]
    public void SetUp()
    {
        _crm = new PipedriveSandbox(new PipedriveSandboxOptions { BurstLimit = 0, Latency = TimeSpan.FromMilliseconds(40) });
        _directory = Directory.CreateTempSubdirectory("crm-hub-crash-").FullName;
        _database = Path.Combine(_directory, "hub.db");
    }

    [TearDown]
    public void TearDown()
    {
        _crm.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task KilledDuringWebhooksAndSync_RestartsWithNothingLostOrDuplicated()
    {
        // Raised one second apart, the last a few seconds ago: every 2 s reaction clock falls due before or during the test.
        var ids = _crm.SeedRequests(Deals, TimeProvider.System.GetUtcNow().AddSeconds(-Deals - 5));
        var settings = new Dictionary<string, string>
        {
            ["CrmSupportHub:Clients:0:Settings:PageSize"] = "25",
            ["CrmSupportHub:Clients:0:ReactionTime"] = "00:00:02", // every clock breaches while the worker is down
        };

        var acknowledged = new ConcurrentBag<byte[]>();
        using (var first = await WorkerProcess.StartAsync(_crm, _database, settings))
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = first.Address };
            var burst = ids.Take(600).Select(id => PostAsync(http, _crm.CreateDealWebhook(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)), acknowledged)).ToList();
            await WaitUntilAsync(() => acknowledged.Count >= 100);
            await WaitUntilAsync(() => Count("SELECT COUNT(*) FROM requests") > 0);
            first.Kill(); // mid-burst and mid-sync
            await Task.WhenAll(burst);
        }

        var syncedAtKill = Count("SELECT COUNT(*) FROM requests");
        Assert.That(acknowledged, Has.Count.LessThan(600), "the kill interrupted the burst");
        Assert.That(syncedAtKill, Is.LessThan(Deals), "the kill interrupted the sync");
        await Task.Delay(TimeSpan.FromSeconds(3)); // clocks pass their 2 s target while nothing runs

        using (var second = await WorkerProcess.StartAsync(_crm, _database, settings))
        {
            await WaitUntilAsync(
                () => Count("SELECT COUNT(*) FROM requests") == Deals && Count("SELECT COUNT(*) FROM sla_outbox WHERE milestone = 'breach'") == Deals,
                seconds: 90,
                () => $"{Count("SELECT COUNT(*) FROM requests")} requests, {Count("SELECT COUNT(*) FROM sla_outbox WHERE milestone = 'breach'")} breaches");
            second.Kill();
        }

        Assert.Multiple(() =>
        {
            foreach (var body in acknowledged)
            {
                Assert.That(Count("SELECT COUNT(*) FROM webhook_inbox WHERE body = $body", body), Is.EqualTo(1), "an acknowledged webhook is stored exactly once");
            }

            Assert.That(Count("SELECT COUNT(*) FROM (SELECT request_id FROM request_events WHERE kind = 'Created' GROUP BY client_id, request_id HAVING COUNT(*) > 1)"), Is.Zero, "no request was created twice");
            Assert.That(Count("SELECT COUNT(*) FROM request_events WHERE kind = 'Created'"), Is.EqualTo(Deals));
            Assert.That(Count("SELECT COUNT(*) FROM sla_outbox"), Is.EqualTo(3 * Deals), "two warnings and a breach per request, each once");
            Assert.That(Scalar("PRAGMA integrity_check"), Is.EqualTo("ok"));
        });
    }

    private static async Task PostAsync(HttpClient http, Sandbox.SandboxWebhook delivery, ConcurrentBag<byte[]> acknowledged)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/acme", UriKind.Relative)) { Content = new ByteArrayContent(delivery.Body.ToArray()) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(delivery.ContentType);
        request.Headers.TryAddWithoutValidation("Authorization", delivery.Headers["Authorization"]);
        try
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                acknowledged.Add(delivery.Body.ToArray());
            }
        }
        catch (HttpRequestException)
        {
            // killed before it answered: not acknowledged, so the CRM would retry it
        }
    }

    private long Count(string sql, byte[]? body = null) => Convert.ToInt64(Scalar(sql, body), System.Globalization.CultureInfo.InvariantCulture);

    private object? Scalar(string sql, byte[]? body = null)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (body is not null)
        {
            command.Parameters.AddWithValue("$body", body);
        }

        return command.ExecuteScalar();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, int seconds = 30, Func<string>? state = null)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(seconds);
        while (!Safe(condition))
        {
            Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(deadline), $"the condition did not come true within {seconds} s ({state?.Invoke()})");
            await Task.Delay(50);
        }
    }

    private static bool Safe(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (SqliteException)
        {
            return false; // the file or a table does not exist yet
        }
    }
}
