namespace CrmSupportHub.Connectors;

/// <summary>A change a webhook announced.</summary>
public abstract record ExternalChange;

/// <summary>A request was created, changed or deleted; the record is its state after the change.</summary>
public sealed record RequestChanged(ExternalRequest Request) : ExternalChange;

/// <summary>The CRM's users changed: the host re-reads them and recounts seats.</summary>
public sealed record UsersChanged : ExternalChange;
