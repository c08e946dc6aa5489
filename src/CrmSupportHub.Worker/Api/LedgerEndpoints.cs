using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Worker.Application;
using CrmSupportHub.Worker.Security;

namespace CrmSupportHub.Worker.Api;

/// <summary>Work entries and corrections, overage approvals, sessions and monthly statements.</summary>
internal static class LedgerEndpoints
{
    public static void Map(RouteGroupBuilder client)
    {
        client.MapGet("/work-entries", async (string clientId, string? month, LedgerService ledger, CancellationToken ct) =>
        {
            var which = month is null ? ledger.CurrentMonth(clientId) : ApiInput.Month(month, "month");
            return Results.Ok(await ledger.ListEntriesAsync(clientId, which, ct).ConfigureAwait(false));
        }).WithSummary("The entries counting in a month (default: the current one), corrections included.");

        client.MapPost("/work-entries", async (string clientId, LogWorkBody? body, HttpContext http, WorkService work, LedgerService ledger, CancellationToken ct) =>
        {
            var input = ApiInput.Required(body, "body");
            var date = input.Date is null ? ledger.CurrentDay(clientId) : ApiInput.Date(input.Date, "date");
            var kind = input.Kind is null ? WorkKind.Support : ApiInput.Enum<WorkKind>(input.Kind, "kind");
            var draft = new WorkEntryDraft(clientId, input.RequestId, Analyst.From(http.User)!.Name, date, input.Minutes, kind, input.Note);
            var recorded = await work.LogAsync(draft, ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/work-entries/{recorded.Entry.Id}", recorded);
        }).WithSummary("Logs work (you are the analyst). Beyond the bucket without an approval in advance it is unapproved overage: recorded and alerted.");

        client.MapPost("/work-entries/{entryId:long}/corrections", async (
            string clientId, long entryId, CorrectionBody? body, HttpContext http, WorkService work, CancellationToken ct) =>
        {
            var input = ApiInput.Required(body, "body");
            var recorded = await work.CorrectAsync(new WorkCorrectionDraft(clientId, entryId, input.Minutes, Analyst.From(http.User)!.Name, input.Note), ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/work-entries/{recorded.Entry.Id}", recorded);
        }).WithSummary("Corrects an entry with a new one (negative minutes reverse, positive add); a closed month gets an adjustment in the open month.");

        client.MapGet("/overage-approvals", async (string clientId, string? month, LedgerService ledger, CancellationToken ct) =>
        {
            var which = month is null ? ledger.CurrentMonth(clientId) : ApiInput.Month(month, "month");
            return Results.Ok(await ledger.ListApprovalsAsync(clientId, which, ct).ConfigureAwait(false));
        }).WithSummary("Overage approvals of a month.");

        client.MapPost("/overage-approvals", async (
            string clientId, ApprovalBody? body, HttpContext http, WorkService work, TimeProvider time, CancellationToken ct) =>
        {
            var input = ApiInput.Required(body, "body");
            var draft = new OverageApprovalDraft(
                clientId,
                ApiInput.Month(input.Month, "month"),
                input.Hours,
                Analyst.From(http.User)!.Name,
                input.ApprovedAt is null ? time.GetUtcNow() : ApiInput.Instant(input.ApprovedAt, "approvedAt"),
                ApiInput.Required(input.Reference, "reference"),
                input.CoversLoggedHours);
            var approval = await work.ApproveOverageAsync(draft, ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/overage-approvals?month={draft.Month}", approval);
        }).RequireAuthorization(SecurityExtensions.AdminPolicy)
          .WithSummary("Records the client's approval of overage hours for a month (admin).");

        client.MapGet("/sessions", async (string clientId, string? date, LedgerService ledger, CancellationToken ct) =>
        {
            var day = date is null ? ledger.CurrentDay(clientId) : ApiInput.Date(date, "date");
            return Results.Ok(await ledger.GetSessionUsageAsync(clientId, day, ct).ConfigureAwait(false));
        }).WithSummary("Sessions used and remaining in the periods containing a date (default today).");

        client.MapPost("/sessions", async (string clientId, SessionBody? body, HttpContext http, WorkService work, CancellationToken ct) =>
        {
            var input = ApiInput.Required(body, "body");
            var session = await work.RecordSessionAsync(
                clientId, ApiInput.Enum<SessionKind>(input.Kind, "kind"), ApiInput.Date(input.Date, "date"), Analyst.From(http.User)!.Name, input.Note, ct).ConfigureAwait(false);
            return Results.Created($"/api/v1/clients/{clientId}/sessions", session);
        }).WithSummary("Records a held architecture or roadmap session.");

        client.MapGet("/statements/{month}", async (string clientId, string month, string? format, StatementService statements, CancellationToken ct) =>
        {
            var which = ApiInput.Month(month, "month");
            var kind = StatementFormats.Parse(format ?? "json");
            var text = await statements.RenderAsync(clientId, which, kind, ct).ConfigureAwait(false);
            return Results.Text(text, StatementFormats.ContentType(kind));
        }).WithSummary("The monthly statement (SLA compliance, hours, seats, sessions) as JSON, CSV or Markdown (format=json|csv|md).");
    }
}
