using System.Text.Json;
using Refit;

namespace CrmSupportHub.Connectors.NetHunt.Api;

/// <summary>
/// The read side of NetHunt's integration API (the "Zapier" API), relative to its base URL.
/// Feeds have no pages: only <c>since</c> (ISO-8601 UTC) and <c>limit</c>.
/// </summary>
internal interface INetHuntApi
{
    [Get("/triggers/auth-test")]
    Task<JsonElement> AuthTestAsync(CancellationToken cancellationToken);

    [Get("/triggers/folder-field/{folderId}")]
    Task<List<NetHuntFolderField>> GetFolderFieldsAsync(string folderId, CancellationToken cancellationToken);

    [Get("/triggers/new-record/{folderId}")]
    Task<List<NetHuntRecord>> GetNewRecordsAsync(string folderId, string since, int limit, CancellationToken cancellationToken);

    [Get("/triggers/updated-record/{folderId}")]
    Task<List<NetHuntRecord>> GetUpdatedRecordsAsync(string folderId, string since, int limit, CancellationToken cancellationToken);

    [Get("/triggers/record-change/{folderId}")]
    Task<List<NetHuntRecordChange>> GetRecordChangesAsync(string folderId, string since, int limit, CancellationToken cancellationToken);

    /// <summary>Answers 404 when no record matches.</summary>
    [Get("/searches/find-record/{folderId}")]
    Task<List<NetHuntRecord>> FindRecordAsync(string folderId, string recordId, int limit, CancellationToken cancellationToken);
}
