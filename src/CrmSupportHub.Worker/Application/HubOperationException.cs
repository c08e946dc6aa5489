namespace CrmSupportHub.Worker.Application;

/// <summary>What kind of mistake a refused operation was; the API maps it to a status code, the CLI to an exit code.</summary>
public enum HubErrorKind
{
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>An operation refused with a message that says what to fix.</summary>
public sealed class HubOperationException(HubErrorKind kind, string message) : Exception(message)
{
    public HubErrorKind Kind { get; } = kind;
}
