namespace CrmSupportHub.Worker.Sla;

/// <summary>One request of one client.</summary>
internal readonly record struct RequestRef(string ClientId, string RequestId);
