using System.Collections;

namespace CrmSupportHub.Persistence.Sqlite.Tests.Support;

/// <summary>A list that cancels <paramref name="source"/> when its item <paramref name="cancelAt"/> is reached: a cancellation mid-batch.</summary>
internal sealed class CancellingList<T>(IReadOnlyList<T> items, CancellationTokenSource source, int cancelAt) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i == cancelAt)
            {
                source.Cancel();
            }

            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
