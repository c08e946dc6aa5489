namespace CrmSupportHub.Persistence.Sqlite.Migrations;

/// <summary>One numbered schema script; <see cref="Version"/> becomes the database's user_version once applied.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
