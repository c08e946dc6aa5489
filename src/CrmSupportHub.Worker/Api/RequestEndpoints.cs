using CrmSupportHub.Core.Sla;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Configuration;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Api;

/// <summary>Requests by urgency, a request's SLA timeline, reactions and mini-project conversion.</summary>
internal static class RequestEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder client)
    {
        api.MapGet("/requests", async (
            HttpContext http, HubQueries queries, ClientDirectory clients,
            string? client, string? state, bool? atRisk, bool? breached, bool? open, int? limit, CancellationToken ct) =>
        {
            var analyst = Analyst.From(http.User)!;
            if (client is not null && !analyst.MaySee(client))
            {
                return ApiProblem.Forbidden($"Your key does not give access to client '{client}'.");
            }

            if (client is not null)
            {
                queries.RequireClient(client);
            }

            var filter = new RequestFilter(
                client is null ? null : [client],
                state is null ? null : ApiInput.Enum<SlaClockState>(state, "state"),
                atRisk ?? false,
                breached ?? false,
                open ?? false,
                Math.Clamp(limit ?? 500, 1, 5000));
            return Results.Ok(await queries.RequestsAsync(ClientEndpoints.Visible(http, clients), filter, ct).ConfigureAwait(false));
        }).WithSummary("Requests sorted by business time left (most urgent first); filter by client, reaction clock state, at risk, breached, open.");

        client.MapGet("/requests/{requestId}", async (string clientId, string requestId, HubQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.RequestAsync(clientId, requestId, ct).ConfigureAwait(false)))
            .WithSummary("A request's event log and SLA clocks with their timelines (periods counted or paused, contract version).");

        client.MapPost("/requests/{requestId}/reactions", async (
            string clientId, string requestId, ReactionBody? body, HttpContext http, RequestActions actions, CancellationToken ct) =>
        {
            var analyst = Analyst.From(http.User)!;
            var recorded = await actions.RecordReactionAsync(clientId, requestId, analyst.Name, body?.Note, ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/requests/{requestId}", recorded);
        }).WithSummary("Records that you reacted to the request now (stops the reaction clock where the client's rules allow manual reactions).");

        client.MapPost("/requests/{requestId}/mini-project", async (
            string clientId, string requestId, ConversionBody? body, HttpContext http, RequestActions actions, CancellationToken ct) =>
        {
            var analyst = Analyst.From(http.User)!;
            var estimate = ApiInput.Required(body, "body").EstimateHours;
            var project = await actions.ConvertToMiniProjectAsync(clientId, requestId, estimate, analyst.Name, ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/requests/{requestId}", project);
        }).RequireAuthorization(SecurityExtensions.AdminPolicy)
          .WithSummary("Converts the request into a mini-project with an estimate in hours; cancels its SLA clocks (admin).");
    }
}
