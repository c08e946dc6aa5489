using CrmSupportHub.Core.Clients;
using CrmSupportHub.Worker.Sla;

namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// Fills the clock board of a command's process, which no milestone scheduler fills, with the clocks
/// computed from the stored event logs. Read-only: firing milestones stays with the worker.
/// </summary>
internal static class BoardLoader
{
    public static async Task LoadAsync(IServiceProvider services, IEnumerable<ClientProfile> clients, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<ClockReader>();
        var board = services.GetRequiredService<ClockBoard>();
        foreach (var client in clients)
        {
            foreach (var clocks in await reader.ForClientAsync(client.Id, cancellationToken).ConfigureAwait(false))
            {
                board.Publish(clocks);
            }
        }
    }
}
