using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>Writes the sandbox's answers in the shapes of Uspacy's SDK types (snake_case CRM items, camelCase users and tokens).</summary>
internal static class UspacySandboxJson
{
    public static byte[] Token(string jwt, string refreshToken, long expiresIn) => Write(w =>
    {
        w.WriteString("jwt", jwt);
        w.WriteString("refreshToken", refreshToken);
        w.WriteNumber("expireInSeconds", expiresIn);
    });

    public static byte[] Error(string text) => Write(w =>
    {
        w.WriteStartObject("errors");
        w.WriteStartArray("text");
        w.WriteStringValue(text);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteBoolean("status", false);
    });

    /// <summary><c>list=all</c>: a bare array, no meta.</summary>
    public static byte[] AllUsers(IEnumerable<UspacySandboxUser> users)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var user in users)
            {
                User(writer, user);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] UsersPage(IReadOnlyList<UspacySandboxUser> users, int page, int list, int total) =>
        Page(users, page, list, total, "/company/v1/users", User);

    public static byte[] ItemsPage(IReadOnlyList<UspacySandboxItem> items, int page, int list, int total, string table, bool timesAsStrings) =>
        Page(items, page, list, total, $"/crm/v1/entities/{table}", (w, item) => Item(w, item, table, timesAsStrings));

    public static byte[] SingleItem(UspacySandboxItem item, string table, bool timesAsStrings) =>
        Write(w => ItemFields(w, item, table, timesAsStrings));

    private static byte[] Page<T>(IReadOnlyList<T> rows, int page, int list, int total, string path, Action<Utf8JsonWriter, T> row) => Write(w =>
    {
        w.WriteStartArray("data");
        foreach (var item in rows)
        {
            row(w, item);
        }

        w.WriteEndArray();
        var last = Math.Max(1, (total + list - 1) / list);
        w.WriteStartObject("links");
        w.WriteString("first", $"{path}?page=1");
        w.WriteString("last", $"{path}?page={last}");
        w.WriteString("prev", page > 1 ? $"{path}?page={page - 1}" : null);
        w.WriteString("next", page < last ? $"{path}?page={page + 1}" : null);
        w.WriteEndObject();
        w.WriteStartObject("meta");
        w.WriteNumber("current_page", page);
        w.WriteNumber("from", rows.Count == 0 ? 0 : ((page - 1) * list) + 1);
        w.WriteNumber("last_page", last);
        w.WriteNumber("per_page", list);
        w.WriteNumber("to", rows.Count == 0 ? 0 : ((page - 1) * list) + rows.Count);
        w.WriteNumber("total", total);
        w.WriteEndObject();
    });

    private static void User(Utf8JsonWriter w, UspacySandboxUser user)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteNumber("authUserId", 1000 + user.Id);
        w.WriteString("firstName", user.FirstName);
        w.WriteString("lastName", user.LastName);
        w.WriteString("position", "Sandbox");
        w.WriteBoolean("active", user.Active);
        w.WriteBoolean("registered", user.Registered);
        w.WriteBoolean("external_user", user.ExternalUser);
        w.WriteStartArray("roles");
        foreach (var role in user.Roles)
        {
            w.WriteStringValue(role);
        }

        w.WriteEndArray();
        w.WriteStartArray("email");
        w.WriteStartObject();
        w.WriteString("id", $"e{user.Id}");
        w.WriteString("type", "work");
        w.WriteString("value", user.Email);
        w.WriteBoolean("main", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("phone");
        w.WriteEndArray();
        w.WriteBoolean("isOnline", false);
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, UspacySandboxItem item, string table, bool timesAsStrings)
    {
        w.WriteStartObject();
        ItemFields(w, item, table, timesAsStrings);
        w.WriteEndObject();
    }

    private static void ItemFields(Utf8JsonWriter w, UspacySandboxItem item, string table, bool timesAsStrings)
    {
        w.WriteNumber("id", item.Id);
        w.WriteString("title", item.Title);
        Time(w, "created_at", item.CreatedAt, timesAsStrings);
        Time(w, "updated_at", item.UpdatedAt, timesAsStrings);
        Nullable(w, "owner", item.Owner);
        w.WriteNumber("created_by", 1);
        Nullable(w, "changed_by", item.Owner ?? 1);
        w.WriteNumber("kanban_stage_id", item.StageId);
        w.WriteString("kanban_status", item.KanbanStatus);
        w.WriteNull("kanban_reason_id");
        w.WriteNumber("funnel_id", item.FunnelId);
        w.WriteString("table_name", table);
        w.WriteStartArray("source");
        w.WriteEndArray();
        w.WriteString("comments", string.Empty);
        if (item.ClosedAt is { } closed)
        {
            Time(w, "closed_at", closed, timesAsStrings);
        }
        else
        {
            w.WriteNull("closed_at");
        }
    }

    private static void Time(Utf8JsonWriter w, string name, long seconds, bool asString)
    {
        if (asString)
        {
            w.WriteString(name, seconds.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNumber(name, seconds);
        }
    }

    private static void Nullable(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
