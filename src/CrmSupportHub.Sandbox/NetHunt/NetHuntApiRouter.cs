using System.Text.Json;
using System.Web;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.NetHunt;

/// <summary>An answer before faults and rate limits are considered.</summary>
internal readonly record struct NetHuntAnswer(int Status, byte[] Body);

/// <summary>Answers the NetHunt integration API (<c>/api/v1/zapier/...</c>) from the store.</summary>
internal sealed class NetHuntApiRouter(NetHuntSandboxStore store, NetHuntSandboxOptions options, Func<NetHuntSandboxUser> apiUser)
{
    private readonly PageReplay _pages = new();

    /// <param name="pageFault">An injected page fault for the record feeds (other answers ignore it).</param>
    public NetHuntAnswer Route(string method, string path, string? rawQuery, string? body, SandboxFault? pageFault = null)
    {
        var query = HttpUtility.ParseQueryString(rawQuery ?? string.Empty);
        var segments = path.Trim('/').Split('/');
        return (method, segments) switch
        {
            ("GET", ["api", "v1", "zapier", "triggers", "auth-test"]) => Ok(NetHuntSandboxJson.AuthTest(apiUser())),
            ("GET", ["api", "v1", "zapier", "triggers", "readable-folder" or "writable-folder"]) =>
                Ok(NetHuntSandboxJson.Folders(options.FolderId, options.FolderName)),
            ("GET", ["api", "v1", "zapier", "triggers", "folder-field", var folder]) =>
                InFolder(folder, () => Ok(NetHuntSandboxJson.Fields(NetHuntSandbox.FieldNames))),
            ("GET", ["api", "v1", "zapier", "triggers", "new-record", var folder]) =>
                InFolder(folder, () => Feed("new-record", pageFault, query, Live(), r => r.CreatedAt, r => r.Id, NetHuntSandboxJson.Records)),
            ("GET", ["api", "v1", "zapier", "triggers", "updated-record", var folder]) =>
                InFolder(folder, () => Feed("updated-record", pageFault, query, Live().Where(Edited), r => r.UpdatedAt, r => r.Id, NetHuntSandboxJson.Records)),
            ("GET", ["api", "v1", "zapier", "triggers", "record-change", var folder]) =>
                InFolder(folder, () => Feed("record-change", null, query, Changes(query["recordId"]), c => c.Time, c => c.Id, (c, _) => NetHuntSandboxJson.Changes(c))),
            ("GET", ["api", "v1", "zapier", "searches", "find-record", var folder]) => InFolder(folder, () => Find(query["recordId"])),
            ("POST", ["api", "v1", "zapier", "actions", "create-record", var folder]) => InFolder(folder, () => Create(body)),
            ("POST", ["api", "v1", "zapier", "actions", "delete-record", var id]) => Delete(id),
            _ => new NetHuntAnswer(404, NetHuntSandboxJson.Error("Not found")),
        };
    }

    private NetHuntAnswer InFolder(string folderId, Func<NetHuntAnswer> answer) =>
        folderId == options.FolderId ? answer() : new NetHuntAnswer(404, NetHuntSandboxJson.Error("Folder not found"));

    /// <summary>A feed answer, newest first; stale items (older than <c>since</c>) go last, where their age puts them.</summary>
    private NetHuntAnswer Feed<T>(
        string name,
        SandboxFault? pageFault,
        System.Collections.Specialized.NameValueCollection query,
        IEnumerable<T> items,
        Func<T, DateTimeOffset> stamp,
        Func<T, string> id,
        Func<IEnumerable<T>, string, byte[]> write)
    {
        var feed = NetHuntFeedQuery.Parse(query, options.MaxLimit, out var error);
        if (feed is null)
        {
            return new NetHuntAnswer(400, NetHuntSandboxJson.Error(error!));
        }

        var all = items.ToList();
        return Ok(_pages.Answer(name, pageFault, () => write(
            PageFaults.Items(pageFault, feed.Run(all, stamp, id, options.SinceInclusive), all, stamp, feed.Since), options.FolderId)));
    }

    private NetHuntAnswer Find(string? recordId)
    {
        if (string.IsNullOrEmpty(recordId))
        {
            return new NetHuntAnswer(400, NetHuntSandboxJson.Error("'recordId' or 'query' is required."));
        }

        return store.Find(recordId) is { IsDeleted: false } record
            ? Ok(NetHuntSandboxJson.Records([record], options.FolderId))
            : new NetHuntAnswer(404, NetHuntSandboxJson.Error("Record not found"));
    }

    private NetHuntAnswer Create(string? body)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? string.Empty);
            var fields = json.RootElement.GetProperty("fields").EnumerateObject()
                .ToDictionary(f => f.Name, f => f.Value.ToString(), StringComparer.Ordinal);
            var record = store.AddRecord(fields, options.TimeProvider.GetUtcNow(), apiUser());
            return Ok(NetHuntSandboxJson.CreatedRecord(record.Id));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new NetHuntAnswer(400, NetHuntSandboxJson.Error("The body must be {\"fields\": {...}}."));
        }
    }

    private NetHuntAnswer Delete(string id)
    {
        if (store.Find(id) is not { IsDeleted: false })
        {
            return new NetHuntAnswer(404, NetHuntSandboxJson.Error("Record not found"));
        }

        store.DeleteRecord(id, options.TimeProvider.GetUtcNow(), apiUser());
        return Ok(NetHuntSandboxJson.CreatedRecord(id));
    }

    private IEnumerable<NetHuntSandboxRecord> Live() => store.Records().Where(r => !r.IsDeleted);

    private bool Edited(NetHuntSandboxRecord record) => options.UpdatedFeedIncludesNew || record.UpdatedAt > record.CreatedAt;

    private IEnumerable<NetHuntSandboxChange> Changes(string? recordId) =>
        store.Changes().Where(c => recordId is null || c.RecordId == recordId);

    private static NetHuntAnswer Ok(byte[] body) => new(200, body);
}
