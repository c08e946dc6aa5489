namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>A field of a folder, from <c>/triggers/folder-field/{folderId}</c>.</summary>
internal sealed record NetHuntFolderField(string? Name);
