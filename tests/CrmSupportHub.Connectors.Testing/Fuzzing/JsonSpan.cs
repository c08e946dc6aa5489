using System.Text.Json;

namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>A byte range of a JSON document: a token, or a whole value (a container from its bracket to its closing one).</summary>
internal readonly record struct JsonSpan(int Start, int Length, JsonTokenType Type, bool InArray = false)
{
    public int End => Start + Length;
}
