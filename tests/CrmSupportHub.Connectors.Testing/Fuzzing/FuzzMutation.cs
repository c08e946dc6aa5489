namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>How a fuzz case's body was made.</summary>
public enum FuzzMutation
{
    /// <summary>A valid payload, unchanged: it must still be accepted.</summary>
    Seed,

    BitFlip,
    Truncate,
    DeleteToken,
    DuplicateToken,
    SwapTokens,

    /// <summary>A value replaced by one of another type (string, number, boolean, null, object, array).</summary>
    WrongType,

    /// <summary>A string or number replaced by an edge value of its type (calendar ends, long's ends, control characters).</summary>
    EdgeValue,

    HugeString,
    DeepNesting,
    HugeArray,
    InvalidUtf8,
    Empty,

    /// <summary>A random JSON document built from the seed's property names.</summary>
    Generated,
}
