namespace CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

/// <summary>A KeyCRM user (also a card's <c>manager</c> include). Only the fields the connector reads.</summary>
internal sealed class KeyCrmUserDto
{
    public long Id { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? FullName { get; init; }

    public string? Username { get; init; }

    public string? Email { get; init; }

    /// <summary><c>active</c>, <c>pending</c> (invited) or <c>blocked</c>.</summary>
    public string? Status { get; init; }
}
