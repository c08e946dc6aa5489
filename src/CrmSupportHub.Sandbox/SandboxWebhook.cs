namespace CrmSupportHub.Sandbox;

/// <summary>A webhook delivery as a sandbox CRM would send it, ready to POST or to wrap in an envelope.</summary>
public sealed record SandboxWebhook(
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    ReadOnlyMemory<byte> Body);
