using CrmSupportHub.Core.Abstractions;
using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Api;

/// <summary>Clients at a glance, a client's month, seats history and SLA events.</summary>
internal static class ClientEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder client)
    {
        api.MapGet("/clients", async (HttpContext http, HubQueries queries, ClientDirectory clients, CancellationToken ct) =>
            Results.Ok(await queries.OverviewAsync(Visible(http, clients), ct).ConfigureAwait(false)))
            .WithSummary("Every client you may see: contract, seats against the limit, open requests and SLA, hours this month, sync health.");

        api.MapGet("/sla-events", async (HttpContext http, ISlaEventOutbox outbox, string? client, string? since, int? limit, CancellationToken ct) =>
        {
            var analyst = Analyst.From(http.User)!;
            if (client is not null && !analyst.MaySee(client))
            {
                return ApiProblem.Forbidden($"Your key does not give access to client '{client}'.");
            }

            var take = Math.Clamp(limit ?? 100, 1, 1000);
            var from = since is null ? (DateTimeOffset?)null : ApiInput.Instant(since, "since");
            // A scoped key without a client filter sees only its clients' events: filter after reading a wider page.
            var items = await outbox.ListRecentAsync(client, from, analyst.IsAdmin || client is not null ? take : take * 10, ct).ConfigureAwait(false);
            return Results.Ok(items.Where(i => analyst.MaySee(i.Notification.Key.ClientId)).Take(take).Select(SlaEventView.Of));
        }).WithSummary("SLA warnings and breaches, newest first, with their delivery state.");

        client.MapGet("", async (string clientId, HubQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.ClientAsync(clientId, ct).ConfigureAwait(false)))
            .WithSummary("One client at a glance.");

        client.MapGet("/months/{month}", async (string clientId, string month, LedgerService ledger, CancellationToken ct) =>
            Results.Ok(await ledger.GetMonthAsync(clientId, ApiInput.Month(month, "month"), ct).ConfigureAwait(false)))
            .WithSummary("The month's hours: bucket, carry-in, burned, hypercare, mini-projects, overage approved and unapproved, carry-out.");

        client.MapGet("/seats", async (string clientId, string? from, string? to, IUserStore users, ClientDirectory clients, TimeProvider time, CancellationToken ct) =>
        {
            var zone = clients.Get(clientId).TimeZone;
            var until = to is null ? time.GetUtcNow() : StatementService.LocalMidnight(ApiInput.Date(to, "to").AddDays(1), zone);
            var start = from is null ? until.AddDays(-90) : StatementService.LocalMidnight(ApiInput.Date(from, "from"), zone);
            if (start >= until)
            {
                return ApiProblem.BadRequest("'from' must be before 'to'.");
            }

            return Results.Ok(await users.ListSeatCountsAsync(clientId, start, until, ct).ConfigureAwait(false));
        }).WithSummary("Seat counts over time (default: the last 90 days), each against the limit in force.");
    }

    public static IEnumerable<Core.Clients.ClientProfile> Visible(HttpContext http, ClientDirectory clients)
    {
        var analyst = Analyst.From(http.User)!;
        return clients.All.Where(c => analyst.MaySee(c.Id));
    }
}
