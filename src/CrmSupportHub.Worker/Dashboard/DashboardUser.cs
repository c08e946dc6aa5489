using CrmSupportHub.Worker.Dashboard.Rendering;
using CrmSupportHub.Worker.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace CrmSupportHub.Worker.Dashboard;

/// <summary>The signed-in analyst of a page request, with the antiforgery field its forms carry.</summary>
internal sealed record DashboardUser(Analyst Analyst, Markup Csrf)
{
    public static DashboardUser? Of(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Analyst.From(context.User) is { } analyst ? new DashboardUser(analyst, CsrfField(context, antiforgery)) : null;
    }

    /// <summary>The hidden field of a form; issues the antiforgery cookie with it.</summary>
    public static Markup CsrfField(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Html.Of($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }
}
