using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application.Views;
using CrmSupportHub.Worker.Dashboard.Pages;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>The "log hours" form: optional request, minutes, day, kind and note; a refused form shows why, with the values kept.</summary>
internal static class LogHoursCard
{
    public static Markup Of(string clientId, IReadOnlyList<RequestRow> requests, LogHoursForm form, string? error, DateOnly today, Markup csrf)
    {
        var message = error is null ? Markup.Empty : Html.Of($"<p class=\"error\" role=\"alert\" id=\"log-hours-error\">{error}</p>");
        var options = Html.Join(requests.Where(r => r.RequestId == form.RequestId || r.Status == Core.Requests.RequestStatus.Open), r =>
            Html.Of($"<option value=\"{r.RequestId}\"{Selected(r.RequestId == form.RequestId)}>{r.RequestId}: {r.Title}</option>"));
        var kinds = Html.Join(Enum.GetNames<WorkKind>(), k => Html.Of($"<option value=\"{k}\"{Selected(k == form.Kind)}>{k}</option>"));
        return Html.Of($"""
            <section class="card" id="log-hours">
            <h2>Log hours</h2>
            {message}
            <form method="post" action="{Links.LogWork(clientId)}" class="stack">
            {csrf}
            <label>Request <select name="requestId"><option value="">— none —</option>{options}</select></label>
            <label>Minutes <input type="number" name="minutes" min="1" step="1" required value="{form.Minutes}"></label>
            <label>Date <input type="date" name="date" required max="{today:yyyy-MM-dd}" value="{form.Date}"></label>
            <label>Kind <select name="kind">{kinds}</select></label>
            <label>Note <input type="text" name="note" maxlength="{LogHoursForm.MaxNoteLength}" value="{form.Note}"></label>
            <button type="submit">Log hours</button>
            </form>
            </section>
            """);
    }

    private static Markup Selected(bool selected) => selected ? new Markup(" selected") : Markup.Empty;
}
