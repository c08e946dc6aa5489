using System.Globalization;
using System.Text.Json;
using System.Web;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>An answer before the sandbox adds rate-limit headers.</summary>
internal readonly record struct KeyCrmAnswer(int Status, byte[] Body);

/// <summary>Answers the KeyCRM endpoints the connector uses (and card creation), from the store.</summary>
internal sealed class KeyCrmApiRouter(KeyCrmSandboxStore store, KeyCrmSandboxOptions options, Func<string> baseUrl)
{
    private static readonly string[] UserFilters = ["id", "full_name", "role_id", "status", "email", "phone", "created_between", "last_logged_between"];
    private static readonly string[] CardFilters = ["pipeline_id", "status_id", "source_id", "created_between", "updated_between"];
    private static readonly string[] CardIncludes = ["contact.client", "products", "manager", "status", "payments", "custom_fields"];

    private readonly PageReplay _pages = new();

    /// <param name="pageFault">An injected page fault for the card list (other answers ignore it).</param>
    public KeyCrmAnswer Route(string method, string path, string? rawQuery, string? body, SandboxFault? pageFault = null)
    {
        var query = HttpUtility.ParseQueryString(rawQuery ?? string.Empty);
        var segments = path.Trim('/').Split('/');
        return (method, segments) switch
        {
            ("GET", ["v1", "users"]) => Users(query),
            ("GET", ["v1", "pipelines", "cards"]) => Cards(query, pageFault),
            ("POST", ["v1", "pipelines", "cards"]) => Create(body),
            ("GET", ["v1", "pipelines", "cards", var id]) => Card(id, query),
            ("GET", ["v1", "pipelines", var id, "statuses"]) => Statuses(id),
            _ => new KeyCrmAnswer(404, KeyCrmSandboxJson.Error("Not found")),
        };
    }

    private KeyCrmAnswer Users(System.Collections.Specialized.NameValueCollection raw)
    {
        if (KeyCrmListQuery.Parse(raw, UserFilters, [], out var error) is not { } query)
        {
            return BadRequest(error);
        }

        IEnumerable<KeyCrmSandboxUser> users = store.Users();
        if (query.Filters.TryGetValue("status", out var status))
        {
            users = users.Where(u => u.Status == status);
        }

        if (query.Filters.TryGetValue("id", out var ids))
        {
            var wanted = KeyCrmListQuery.Ids(ids) ?? [];
            users = users.Where(u => wanted.Contains(u.Id));
        }

        return Ok(KeyCrmSandboxJson.Page([.. users], query.Page, query.Limit, Url("users"), KeyCrmSandboxJson.User));
    }

    private KeyCrmAnswer Cards(System.Collections.Specialized.NameValueCollection raw, SandboxFault? pageFault)
    {
        if (KeyCrmListQuery.Parse(raw, CardFilters, CardIncludes, out var error) is not { } query)
        {
            return BadRequest(error);
        }

        if (KeyCrmCardFilter.Create(query.Filters, out error) is not { } filter)
        {
            return BadRequest(error);
        }

        return Ok(_pages.Answer("cards", pageFault, () =>
        {
            var all = store.Cards();
            var cards = all.Where(filter.Matches).ToList();
            var page = cards.Skip((query.Page - 1) * query.Limit).Take(query.Limit).ToList();
            var items = PageFaults.Items(pageFault, page, all.Where(filter.MatchesExceptUpdate), c => c.UpdatedAt, filter.UpdatedFrom);
            return KeyCrmSandboxJson.Page(cards, query.Page, query.Limit, Url("pipelines/cards"), (w, c) => WriteCard(w, c, query.Includes), items);
        }));
    }

    private KeyCrmAnswer Card(string id, System.Collections.Specialized.NameValueCollection raw)
    {
        if (KeyCrmListQuery.Parse(raw, [], CardIncludes, out var error) is not { } query)
        {
            return BadRequest(error);
        }

        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var cardId) || store.FindCard(cardId) is not { } card)
        {
            return new KeyCrmAnswer(404, KeyCrmSandboxJson.Error("Not found"));
        }

        return Ok(options.WrapSingleCard
            ? KeyCrmSandboxJson.Value(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("data");
                WriteCard(w, card, query.Includes);
                w.WriteEndObject();
            })
            : KeyCrmSandboxJson.Value(w => WriteCard(w, card, query.Includes)));
    }

    /// <summary><c>POST /pipelines/cards</c> with <c>title</c>, <c>pipeline_id</c> and optionally <c>status_id</c>, <c>manager_id</c>.</summary>
    private KeyCrmAnswer Create(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? string.Empty);
            var root = document.RootElement;
            var pipeline = root.GetProperty("pipeline_id").GetInt64();
            var status = root.TryGetProperty("status_id", out var s) ? s.GetInt64() : KeyCrmSandbox.FirstStatusOf(pipeline);
            var manager = root.TryGetProperty("manager_id", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt64() : (long?)null;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var card = store.AddCard(title, pipeline, status, manager, options.TimeProvider.GetUtcNow());
            return new KeyCrmAnswer(201, KeyCrmSandboxJson.Value(w => WriteCard(w, card, new HashSet<string>())));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new KeyCrmAnswer(422, KeyCrmSandboxJson.Error("The given data was invalid."));
        }
    }

    private static KeyCrmAnswer Statuses(string id)
    {
        var statuses = KeyCrmSandbox.Statuses.Where(s => s.PipelineId.ToString(CultureInfo.InvariantCulture) == id).ToList();
        return statuses.Count == 0
            ? new KeyCrmAnswer(404, KeyCrmSandboxJson.Error("Not found"))
            : Ok(KeyCrmSandboxJson.Value(w =>
            {
                w.WriteStartArray();
                statuses.ForEach(s => KeyCrmSandboxJson.Status(w, s));
                w.WriteEndArray();
            }));
    }

    private void WriteCard(Utf8JsonWriter w, KeyCrmSandboxCard card, IReadOnlySet<string> includes) =>
        KeyCrmSandboxJson.Card(
            w,
            card,
            includes,
            KeyCrmSandbox.Statuses.FirstOrDefault(s => s.Id == card.StatusId),
            card.ManagerId is { } manager ? store.Users().FirstOrDefault(u => u.Id == manager) : null);

    private string Url(string path) => $"{baseUrl()}/{path}";

    private static KeyCrmAnswer Ok(byte[] body) => new(200, body);

    private static KeyCrmAnswer BadRequest(string message) => new(400, KeyCrmSandboxJson.Error(message));
}
