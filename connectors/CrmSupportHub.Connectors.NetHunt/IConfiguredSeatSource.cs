namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>
/// The seat count configured for a client whose CRM has no users API, registered keyed by client
/// id next to the connector's <see cref="IUserSource"/> (whose count is then only an estimate).
/// Meant to move into <see cref="IUserSource"/> as an optional member.
/// </summary>
public interface IConfiguredSeatSource
{
    /// <summary>The configured number of seats, or <see langword="null"/> when none is configured.</summary>
    int? ConfiguredSeats { get; }
}
