using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>
/// A request's headers or query as the read-only string dictionary a <see cref="Connectors.WebhookEnvelope"/>
/// takes, read in place: a receiver looks at one or two of them, and copying all into a new
/// dictionary for every delivery was a visible share of the endpoint's cost under load.
/// Case-insensitive, like the collections it wraps. Valid only while the request is.
/// </summary>
internal sealed class StringValuesView : IReadOnlyDictionary<string, string>
{
    private readonly IEnumerable<KeyValuePair<string, StringValues>> _source;
    private readonly Lookup _lookup;

    private StringValuesView(IEnumerable<KeyValuePair<string, StringValues>> source, int count, Lookup lookup)
    {
        _source = source;
        Count = count;
        _lookup = lookup;
    }

    private delegate bool Lookup(string key, out StringValues values);

    public int Count { get; }

    public IEnumerable<string> Keys => _source.Select(p => p.Key);

    public IEnumerable<string> Values => _source.Select(p => p.Value.ToString());

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The request has no '{key}'.");

    public static StringValuesView Of(IHeaderDictionary headers) => new(headers, headers.Count, headers.TryGetValue);

    public static StringValuesView Of(IQueryCollection query) => new(query, query.Count, query.TryGetValue);

    public bool ContainsKey(string key) => _lookup(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_lookup(key, out var values))
        {
            value = values.ToString();
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _source.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
