namespace CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

/// <summary>
/// A pipeline card ("картка воронки"). The card itself has no <c>pipeline_id</c> in the API; it
/// comes with <c>include=status</c> (<see cref="Status"/>) or in webhook contexts. Times are UTC
/// strings in <c>YYYY-MM-DD HH:MM:SS</c>.
/// </summary>
internal sealed class KeyCrmCardDto
{
    public long Id { get; init; }

    public string? Title { get; init; }

    public long? ManagerId { get; init; }

    public long? StatusId { get; init; }

    public string? StatusChangedAt { get; init; }

    public string? CreatedAt { get; init; }

    public string? UpdatedAt { get; init; }

    public KeyCrmCardStatusDto? Status { get; init; }

    public KeyCrmUserDto? Manager { get; init; }
}
