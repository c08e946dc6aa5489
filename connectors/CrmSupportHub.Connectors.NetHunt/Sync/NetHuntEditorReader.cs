using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using Microsoft.Extensions.Logging;

namespace CrmSupportHub.Connectors.NetHunt.Sync;

/// <summary>
/// Estimates the active users: NetHunt has no users API, so they are the distinct editors in the
/// support folder's change log (<c>record-change</c>) over the last <see cref="NetHuntSettings.ActiveUserDays"/> days.
/// </summary>
internal sealed class NetHuntEditorReader(NetHuntApiCaller api, NetHuntSettings settings, TimeProvider time, ILogger logger)
{
    public async Task<IReadOnlyList<ExternalUser>> ReadAsync(CancellationToken cancellationToken)
    {
        var changes = new WatermarkFeed<NetHuntRecordChange>(
            "record-change",
            (since, limit, ct) => api.SendAsync(
                (a, c) => a.GetRecordChangesAsync(settings.FolderId!, NetHuntTime.Format(since), limit, c), "GET /triggers/record-change", ct),
            c => c.Id ?? c.RecordId,
            c => c.Time,
            time.GetUtcNow() - TimeSpan.FromDays(settings.ActiveUserDays),
            TimeSpan.Zero,
            settings.PageSize,
            logger);

        var editors = new Dictionary<string, ExternalUser>(StringComparer.OrdinalIgnoreCase);
        while (!changes.Done)
        {
            foreach (var change in await changes.NextAsync(cancellationToken).ConfigureAwait(false))
            {
                if (NetHuntMapper.ToEditor(change) is { } editor)
                {
                    editors.TryAdd(editor.Id, editor);
                }
            }
        }

        return [.. editors.Values];
    }
}
