namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>How big the "huge" mutations get: modest in CI, larger in the benchmark.</summary>
public sealed record FuzzSizes(int HugeStringChars, int HugeArrayItems, int NestingDepth)
{
    public static FuzzSizes Ci { get; } = new(HugeStringChars: 256 * 1024, HugeArrayItems: 2_000, NestingDepth: 10_000);

    public static FuzzSizes Bench { get; } = new(HugeStringChars: 4 * 1024 * 1024, HugeArrayItems: 20_000, NestingDepth: 10_000);
}
