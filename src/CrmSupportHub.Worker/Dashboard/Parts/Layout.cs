using CrmSupportHub.Worker.Dashboard.Assets;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>The frame of every page: head, the signed-in analyst with a logout button, and the content.</summary>
internal static class Layout
{
    public static string Page(string title, DashboardUser? user, Markup content)
    {
        var who = user is null
            ? Markup.Empty
            : Html.Of($"""
                <span class="who">{user.Analyst.Name} <span class="muted">({user.Analyst.Role})</span></span>
                <form method="post" action="/logout">{user.Csrf}<button type="submit">Log out</button></form>
                """);
        var html = new HtmlWriter();
        html.Add($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · CRM Support Hub</title>
            <link rel="stylesheet" href="{DashboardStyles.Path}">
            <script src="{CountdownScript.Path}" defer></script>
            </head>
            <body>
            <header class="top"><a href="/">CRM Support Hub</a>{who}</header>
            <main>
            {content}
            </main>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
