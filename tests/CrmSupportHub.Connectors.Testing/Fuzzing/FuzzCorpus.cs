namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>The cases of a fuzz run: every valid seed unchanged, then mutated and generated payloads.</summary>
public static class FuzzCorpus
{
    private static readonly FuzzMutation[] Mutations = [.. Enum.GetValues<FuzzMutation>().Where(m => m != FuzzMutation.Seed)];

    /// <summary>
    /// <paramref name="count"/> cases: the first seed unchanged (the valid input that must still parse),
    /// then mutations of any seed. Case <c>i</c> depends only on <paramref name="seed"/> and <c>i</c>, so
    /// one failing case can be rebuilt alone with <see cref="Case"/>.
    /// </summary>
    public static IEnumerable<FuzzCase> Cases(IReadOnlyList<byte[]> seeds, int count, int seed, FuzzSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        for (var i = 0; i < Math.Max(count, 1); i++)
        {
            yield return Case(seeds, i, seed, sizes);
        }
    }

    public static FuzzCase Case(IReadOnlyList<byte[]> seeds, int index, int seed, FuzzSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (index == 0)
        {
            return new FuzzCase(index, FuzzMutation.Seed, seeds[0]);
        }

        var random = new Random(unchecked((seed * 397) ^ index));
        var mutation = Mutations[random.Next(Mutations.Length)];
        var body = new JsonMutator(random, sizes).Mutate(seeds[random.Next(seeds.Count)], mutation);
        return new FuzzCase(index, mutation, body);
    }
}
