namespace CrmSupportHub.Connectors;

/// <summary>
/// A webhook delivery as the host received it, free of ASP.NET types. Header and query lookups
/// ignore case. <see cref="Query"/> and the <c>Authorization</c> header may hold secrets: never log them.
/// </summary>
public sealed record WebhookEnvelope(
    string ClientId,
    string Method,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>An envelope rebuilt from a stored inbox item (credentials are not stored).</summary>
    public static WebhookEnvelope FromStored(string clientId, string? contentType, ReadOnlyMemory<byte> body) =>
        new(clientId, "POST", contentType, Empty, Empty, body);

    private static readonly IReadOnlyDictionary<string, string> Empty =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
