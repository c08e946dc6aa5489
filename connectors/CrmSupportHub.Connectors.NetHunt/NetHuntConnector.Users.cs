using System.Runtime.CompilerServices;
using CrmSupportHub.Connectors.NetHunt.Api;
using CrmSupportHub.Connectors.NetHunt.Http;
using CrmSupportHub.Connectors.NetHunt.Mapping;
using CrmSupportHub.Connectors.NetHunt.Sync;
using CrmSupportHub.Core.Users;

namespace CrmSupportHub.Connectors.NetHunt;

internal sealed partial class NetHuntConnector : IUserSource
{
    /// <summary>NetHunt has no users API: the users read are the folder's recent editors, an estimate.</summary>
    public SeatCountBasis Basis => SeatCountBasis.Estimated;

    /// <summary>
    /// The distinct users who changed a record of the folder in the last
    /// <see cref="NetHuntSettings.ActiveUserDays"/> days, as one list (the host counts every user it is given).
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<ExternalUser>> ReadUsersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = Settings;
        var from = _time.GetUtcNow() - TimeSpan.FromDays(settings.ActiveUserDays);
        var changes = new WatermarkFeed<NetHuntRecordChange>(
            "record-change",
            (s, l, ct) => NetHuntCall.RunAsync(
                c => _api.GetRecordChangesAsync(FolderId, NetHuntTime.Format(s), l, c), "record-change", ct),
            c => c.Id ?? c.RecordId,
            c => c.Time,
            from,
            TimeSpan.Zero,
            settings.PageSize,
            _logger);

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

        yield return [.. editors.Values];
    }
}
