namespace CrmSupportHub.Connectors;

public enum ConnectorErrorKind
{
    /// <summary>Credentials were refused (401/403): retrying will not help.</summary>
    Unauthorized,

    /// <summary>The CRM kept answering 429 after the retries.</summary>
    RateLimited,

    /// <summary>The CRM kept failing (5xx, timeouts, resets) after the retries.</summary>
    Unavailable,

    /// <summary>The CRM answered with something the connector cannot read.</summary>
    InvalidResponse,
}

/// <summary>A failure talking to a CRM, with a message safe to log (no credentials).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(ConnectorErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    public ConnectorException()
        : this(ConnectorErrorKind.Unavailable, "The CRM could not be reached.")
    {
    }

    public ConnectorException(string message)
        : this(ConnectorErrorKind.Unavailable, message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : this(ConnectorErrorKind.Unavailable, message, innerException)
    {
    }

    public ConnectorErrorKind Kind { get; }
}
