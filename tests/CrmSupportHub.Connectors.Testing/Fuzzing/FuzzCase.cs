namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>One input of a fuzz run; <see cref="Index"/> with the run's seed reproduces it.</summary>
public sealed record FuzzCase(int Index, FuzzMutation Mutation, byte[] Body)
{
    public override string ToString() => $"case {Index} ({Mutation}, {Body.Length} bytes)";
}
