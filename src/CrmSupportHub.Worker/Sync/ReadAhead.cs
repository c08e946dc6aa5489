using System.Runtime.CompilerServices;

namespace CrmSupportHub.Worker.Sync;

/// <summary>
/// Keeps one item of an async sequence in flight: the next page is fetched from the CRM while the
/// caller commits the current one, so network time and database time overlap instead of adding up.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> OneAhead<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var fetching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var enumerator = source.GetAsyncEnumerator(fetching.Token);
        Task<bool>? next = enumerator.MoveNextAsync().AsTask();
        try
        {
            while (await next.ConfigureAwait(false))
            {
                var current = enumerator.Current;
                next = enumerator.MoveNextAsync().AsTask();
                yield return current;
            }

            next = null;
        }
        finally
        {
            // The caller stopped early (an error or a break): the fetch it no longer wants is
            // cancelled and must end before the enumerator may be disposed.
            if (next is not null)
            {
                await fetching.CancelAsync().ConfigureAwait(false);
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
