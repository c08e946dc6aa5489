using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>Writes the sandbox's answers in the shapes of NetHunt's documented samples and third-party schemas.</summary>
internal static class NetHuntSandboxJson
{
    public static byte[] Records(IEnumerable<NetHuntSandboxRecord> records, string folderId) => WriteArray(records, (w, record) =>
    {
        w.WriteStartObject();
        w.WriteString("id", record.Id);
        w.WriteString("recordId", record.Id);
        w.WriteString("createdAt", Time(record.CreatedAt));
        w.WriteString("updatedAt", Time(record.UpdatedAt));
        w.WriteString("link", $"https://nethunt.com/app/folder/{folderId}/record/{record.Id}");
        w.WriteStartObject("fields");
        foreach (var (name, value) in record.Fields)
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] Changes(IEnumerable<NetHuntSandboxChange> changes) => WriteArray(changes, (w, change) =>
    {
        w.WriteStartObject();
        w.WriteString("id", change.Id);
        w.WriteString("recordId", change.RecordId);
        w.WriteString("time", Time(change.Time));
        w.WritePropertyName("user");
        User(w, change.User);
        w.WriteString("recordAction", change.RecordAction);
        w.WriteStartArray("fieldActions");
        if (change.FieldName is not null)
        {
            w.WriteStartObject();
            w.WriteString("field", change.FieldName);
            w.WriteString("oldValue", change.OldValue);
            w.WriteString("newValue", change.NewValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] AuthTest(NetHuntSandboxUser user) => WriteArray([user], (w, u) =>
    {
        w.WriteStartObject();
        w.WritePropertyName("user");
        User(w, u);
        w.WriteEndObject();
    });

    public static byte[] Folders(string id, string name) => WriteArray([(id, name)], (w, folder) =>
    {
        w.WriteStartObject();
        w.WriteString("id", folder.id);
        w.WriteString("name", folder.name);
        w.WriteEndObject();
    });

    public static byte[] Fields(IEnumerable<string> names) => WriteArray(names, (w, name) =>
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteEndObject();
    });

    public static byte[] CreatedRecord(string id) => WriteObject(w => w.WriteString("recordId", id));

    public static byte[] Error(string message) => WriteObject(w => w.WriteString("error", message));

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void User(Utf8JsonWriter w, NetHuntSandboxUser user)
    {
        w.WriteStartObject();
        w.WriteString("id", user.Id);
        w.WriteString("name", user.Name);
        w.WriteString("email", user.Email);
        w.WriteEndObject();
    }

    private static byte[] WriteArray<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> item) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var entry in items)
        {
            item(w, entry);
        }

        w.WriteEndArray();
    });

    private static byte[] WriteObject(Action<Utf8JsonWriter> members) => Write(w =>
    {
        w.WriteStartObject();
        members(w);
        w.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
