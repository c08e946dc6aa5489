namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>How a parser took one fuzz case.</summary>
public enum FuzzOutcome
{
    /// <summary>Parsed into records that pass the target's checks.</summary>
    Accepted,

    /// <summary>Refused with a reason: a <see cref="ConnectorException"/> or a webhook verdict other than accepted.</summary>
    Rejected,

    /// <summary>Any other exception, or a read that did not stop.</summary>
    Crashed,

    /// <summary>Accepted, but into records no valid payload yields (e.g. a request without an id).</summary>
    Unsound,
}
