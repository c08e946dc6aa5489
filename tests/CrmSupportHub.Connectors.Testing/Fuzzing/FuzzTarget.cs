namespace CrmSupportHub.Connectors.Testing.Fuzzing;

/// <summary>
/// One parser under fuzz: valid payloads to mutate, and the operation that feeds it one body. The
/// operation returns <see cref="FuzzResult.Accepted"/>, a rejection or an unsound acceptance; a
/// <see cref="ConnectorException"/> it throws counts as a rejection, any other exception as a crash.
/// </summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], CancellationToken, Task<FuzzResult>> Run);
