using System.Globalization;
using System.Reflection;

namespace CrmSupportHub.Persistence.Sqlite.Migrations;

/// <summary>Reads the <c>Schema/NNNN_name.sql</c> scripts embedded in this assembly.</summary>
internal static class EmbeddedMigrations
{
    private const string Prefix = "Schema/";

    public static IReadOnlyList<Migration> Load() => Load(typeof(EmbeddedMigrations).Assembly);

    /// <summary>The scripts ordered by number; numbers must run 1, 2, 3... without gaps or repeats.</summary>
    public static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration '{migrations[i].Name}' should be number {i + 1}: scripts are numbered 0001, 0002, ... without gaps.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var name = resourceName[Prefix.Length..^".sql".Length];
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{name}' is not named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
