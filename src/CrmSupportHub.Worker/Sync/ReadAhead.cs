using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CrmSupportHub.Worker.Sync;

/// <summary>
/// Fetches items of an async sequence ahead of the caller: the next pages come from the CRM while
/// the caller commits the current one, so network time and database time overlap instead of
/// adding up. A few pages of buffer ride out the moments when one side is briefly slower.
/// </summary>
internal static class ReadAhead
{
    /// <param name="buffered">How many fetched items may wait for the caller; one more may be in flight.</param>
    public static async IAsyncEnumerable<T> Ahead<T>(
        this IAsyncEnumerable<T> source, int buffered, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(buffered, 1);
        using var fetching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fetched = Channel.CreateBounded<T>(new BoundedChannelOptions(buffered) { SingleReader = true, SingleWriter = true });
        var producer = FetchAsync(source, fetched.Writer, fetching.Token);
        try
        {
            // A fetch that failed completes the channel with its error, which surfaces here as is.
            while (await fetched.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (fetched.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // The caller stopped early (an error or a break): fetches it no longer wants are
            // cancelled, and the source is disposed before this returns.
            await fetching.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task FetchAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> fetched, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await fetched.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // not swallowed: handed to the reader through the channel
        catch (Exception e)
        {
            error = e;
        }
#pragma warning restore CA1031
        finally
        {
            fetched.TryComplete(error);
        }
    }
}
