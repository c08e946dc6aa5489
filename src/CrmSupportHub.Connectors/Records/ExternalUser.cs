namespace CrmSupportHub.Connectors;

/// <summary>A CRM user, normalized. <see cref="IsActive"/> follows the CRM's own definition of an active user.</summary>
public sealed record ExternalUser(string Id, string Name, string? Email, bool IsActive);
