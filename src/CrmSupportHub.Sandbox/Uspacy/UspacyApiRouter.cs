using System.Globalization;
using System.Web;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>An answer of the sandbox before headers are added.</summary>
internal readonly record struct UspacyAnswer(int Status, byte[] Body);

/// <summary>Answers the Uspacy data endpoints the connector reads, from the store (auth is handled before).</summary>
internal sealed class UspacyApiRouter(UspacySandboxStore store, UspacySandboxOptions options)
{
    private readonly PageReplay _pages = new();

    /// <param name="pageFault">An injected page fault for the item list (other answers ignore it).</param>
    public UspacyAnswer Route(string method, string path, string? rawQuery, SandboxFault? pageFault = null)
    {
        if (method != "GET")
        {
            return new UspacyAnswer(405, UspacySandboxJson.Error("Method not allowed."));
        }

        var query = HttpUtility.ParseQueryString(rawQuery ?? string.Empty);
        var segments = path.Trim('/').Split('/');
        return segments switch
        {
            ["company", "v1", "users"] => Users(query),
            ["crm", "v1", "entities", var table] => Items(table, query, pageFault),
            ["crm", "v1", "entities", var table, var id] => Item(table, id),
            _ => NotFound("Not found."),
        };
    }

    private UspacyAnswer Users(System.Collections.Specialized.NameValueCollection query)
    {
        var users = store.Users().Where(u => query["show"] == "all" || u.Active).ToList();
        if (query["list"] == "all")
        {
            return Ok(UspacySandboxJson.AllUsers(users));
        }

        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var list = int.TryParse(query["list"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 20;
        return Ok(UspacySandboxJson.UsersPage([.. users.Skip((page - 1) * list).Take(list)], page, list, users.Count));
    }

    private UspacyAnswer Items(string table, System.Collections.Specialized.NameValueCollection query, SandboxFault? pageFault)
    {
        if (table != UspacySandbox.EntityTable)
        {
            return NotFound($"Entity {table} not found.");
        }

        var parsed = UspacyItemQuery.Parse(query, out var error);
        if (parsed is null)
        {
            return new UspacyAnswer(422, UspacySandboxJson.Error(error ?? "Invalid query."));
        }

        return Ok(_pages.Answer(table, pageFault, () =>
        {
            var all = store.Items();
            var (page, total) = parsed.Run(all);
            var items = PageFaults.Items(pageFault, page, all.Where(parsed.MatchesExceptUpdate), i => i.UpdatedAt, parsed.UpdatedFrom);
            return UspacySandboxJson.ItemsPage(items, parsed.Page, parsed.List, total, table, options.TimesAsStrings);
        }));
    }

    private UspacyAnswer Item(string table, string id) =>
        table == UspacySandbox.EntityTable
        && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId)
        && store.FindItem(itemId) is { } item
            ? Ok(UspacySandboxJson.SingleItem(item, table, options.TimesAsStrings))
            : NotFound("Item not found.");

    private static UspacyAnswer Ok(byte[] body) => new(200, body);

    private static UspacyAnswer NotFound(string error) => new(404, UspacySandboxJson.Error(error));
}
