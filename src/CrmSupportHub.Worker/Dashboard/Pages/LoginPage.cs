using CrmSupportHub.Worker.Dashboard.Parts;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Pages;

/// <summary><c>/login</c>: the analyst's API key in, a cookie out.</summary>
internal static class LoginPage
{
    public static string Render(Markup csrf, string? returnUrl, string? error)
    {
        var message = error is null ? Markup.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        return Layout.Page("Sign in", null, Html.Of($"""
            <section class="login">
            <h1>Sign in</h1>
            {message}
            <form method="post" action="/login" class="stack">
            {csrf}
            <input type="hidden" name="returnUrl" value="{returnUrl ?? "/"}">
            <label>API key <input type="password" name="key" autocomplete="current-password" required autofocus></label>
            <button type="submit">Sign in</button>
            </form>
            <p class="muted">Use your analyst API key (an admin creates one with <code>keys new</code>; the demo prints one at start).</p>
            </section>
            """));
    }
}
