using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.KeyCrm;

/// <summary>Writes the sandbox's answers in the shapes of KeyCRM's spec (Laravel paginator, snake_case, UTC times without offset).</summary>
internal static class KeyCrmSandboxJson
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>
    /// Laravel's paginator envelope; page URLs carry only <c>page</c>, as Laravel's do by default.
    /// <paramref name="items"/> replaces the page's slice of <paramref name="all"/> (for injected page faults).
    /// </summary>
    public static byte[] Page<T>(
        IReadOnlyList<T> all, int page, int perPage, string url, Action<Utf8JsonWriter, T> item, IEnumerable<T>? items = null) => Write(w =>
    {
        var last = Math.Max(1, (int)Math.Ceiling(all.Count / (double)perPage));
        w.WriteNumber("total", all.Count);
        w.WriteNumber("current_page", page);
        w.WriteNumber("per_page", perPage);
        w.WriteStartArray("data");
        foreach (var entry in items ?? all.Skip((page - 1) * perPage).Take(perPage))
        {
            item(w, entry);
        }

        w.WriteEndArray();
        w.WriteString("first_page_url", PageUrl(url, 1));
        w.WriteString("last_page_url", PageUrl(url, last));
        w.WriteString("next_page_url", page < last ? PageUrl(url, page + 1) : null);
    });

    /// <summary>A body whose root the callback writes itself (a bare card).</summary>
    public static byte[] Value(Action<Utf8JsonWriter> write) => Write(write, inObject: false);

    public static byte[] Error(string message) => Write(w => w.WriteString("message", message));

    public static void User(Utf8JsonWriter w, KeyCrmSandboxUser user)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteString("first_name", user.FirstName);
        w.WriteString("last_name", user.LastName);
        w.WriteString("full_name", user.FullName);
        w.WriteString("username", user.Email.Split('@')[0]);
        w.WriteString("email", user.Email);
        w.WriteNull("phone");
        w.WriteNumber("role_id", 2);
        w.WriteString("status", user.Status);
        w.WriteString("created_at", Time(user.CreatedAt));
        w.WriteString("updated_at", Time(user.CreatedAt));
        w.WriteNull("last_logged_at");
        w.WriteEndObject();
    }

    public static void Status(Utf8JsonWriter w, KeyCrmSandboxStatus status)
    {
        w.WriteStartObject();
        w.WriteNumber("id", status.Id);
        w.WriteString("name", status.Name);
        w.WriteString("alias", status.Alias);
        w.WriteBoolean("is_active", true);
        w.WriteNumber("pipeline_id", status.PipelineId);
        w.WriteString("created_at", "2024-01-01 00:00:00");
        w.WriteString("updated_at", "2024-01-01 00:00:00");
        w.WriteEndObject();
    }

    /// <summary>A card with the includes asked for; there is no <c>pipeline_id</c> on the card itself.</summary>
    public static void Card(Utf8JsonWriter w, KeyCrmSandboxCard card, IReadOnlySet<string> includes, KeyCrmSandboxStatus? status, KeyCrmSandboxUser? manager)
    {
        w.WriteStartObject();
        w.WriteNumber("id", card.Id);
        w.WriteString("title", card.Title);
        Number(w, "contact_id", card.ContactId);
        Number(w, "source_id", card.SourceId);
        Number(w, "manager_id", card.ManagerId);
        w.WriteNumber("status_id", card.StatusId);
        w.WriteNull("target_id");
        w.WriteNull("target_type");
        w.WriteNull("manager_comment");
        w.WriteNull("utm_source");
        w.WriteString("is_finished", status?.IsFinal == true ? "1" : "0");
        w.WriteString("status_changed_at", Time(card.StatusChangedAt));
        w.WriteNull("communicate_at");
        w.WriteString("created_at", Time(card.CreatedAt));
        w.WriteString("updated_at", Time(card.UpdatedAt));
        if (includes.Contains("status"))
        {
            w.WritePropertyName("status");
            if (status is null)
            {
                w.WriteNullValue();
            }
            else
            {
                Status(w, status);
            }
        }

        if (includes.Contains("manager"))
        {
            w.WritePropertyName("manager");
            if (manager is null)
            {
                w.WriteNullValue();
            }
            else
            {
                User(w, manager);
            }
        }

        w.WriteEndObject();
    }

    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static void Number(Utf8JsonWriter w, string name, long? value)
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

    private static string PageUrl(string url, int page) => $"{url}?page={page.ToString(CultureInfo.InvariantCulture)}";

    private static byte[] Write(Action<Utf8JsonWriter> body, bool inObject = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            if (inObject)
            {
                w.WriteStartObject();
            }

            body(w);
            if (inObject)
            {
                w.WriteEndObject();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
