namespace CrmSupportHub.Core.Sla;

/// <summary>The clocks of one request; a clock is <see langword="null"/> when its package sets no target.</summary>
public sealed record RequestSlaClocks(string ClientId, string RequestId, SlaClock? Reaction, SlaClock? Resolution);
