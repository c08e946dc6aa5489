using System.Text.Json.Nodes;
using CrmSupportHub.Bench.Hub;
using CrmSupportHub.Sandbox;

namespace CrmSupportHub.Bench.Memory;

/// <summary>An appsettings.json for a worker child process: N clients spread over the sandboxes, polling on.</summary>
internal static class WorkerConfig
{
    public static string Write(string path, string databasePath, IReadOnlyList<ISandboxCrm> sandboxes, int clients)
    {
        var list = new JsonArray();
        for (var i = 0; i < clients; i++)
        {
            var sandbox = sandboxes[i % sandboxes.Count];
            var settings = BenchHub.ClientSettings($"client-{i:D3}", sandbox);
            settings["PollInterval"] = "00:05:00";
            list.Add(Nest(settings));
        }

        var root = new JsonObject
        {
            ["Logging"] = new JsonObject { ["LogLevel"] = new JsonObject { ["Default"] = "Warning" } },
            ["Urls"] = "http://127.0.0.1:0",
            ["CrmSupportHub"] = new JsonObject
            {
                ["Database"] = new JsonObject { ["ConnectionString"] = $"Data Source={databasePath}" },
                ["Polling"] = new JsonObject { ["Enabled"] = true },
                ["Clients"] = list,
            },
        };
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    /// <summary>Configuration keys (<c>Settings:InitialStageIds:0</c>) as nested objects; numeric keys become array items.</summary>
    private static JsonObject Nest(IReadOnlyDictionary<string, string?> settings)
    {
        var root = new JsonObject();
        foreach (var (key, value) in settings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var parts = key.Split(':');
            JsonNode node = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                var isArray = int.TryParse(parts[i + 1], out _);
                node = Child(node, parts[i], () => isArray ? new JsonArray() : new JsonObject());
            }

            Set(node, parts[^1], value);
        }

        return root;
    }

    private static JsonNode Child(JsonNode parent, string name, Func<JsonNode> create)
    {
        if (parent is JsonArray array)
        {
            var index = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
            while (array.Count <= index)
            {
                array.Add(create());
            }

            return array[index]!;
        }

        var obj = (JsonObject)parent;
        return obj[name] ??= create();
    }

    private static void Set(JsonNode parent, string name, string? value)
    {
        if (parent is JsonArray array)
        {
            array.Add(value);
        }
        else
        {
            ((JsonObject)parent)[name] = value;
        }
    }
}
