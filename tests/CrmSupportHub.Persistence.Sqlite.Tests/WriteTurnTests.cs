using CrmSupportHub.Persistence.Sqlite.Tests.Support;

namespace CrmSupportHub.Persistence.Sqlite.Tests;

public sealed class WriteTurnTests : DatabaseTest
{
    [Test]
    public async Task TakeWriteTurnAsync_WhileAnotherWriterHoldsIt_WaitsUntilItIsDone()
    {
        var first = await Db.Database.TakeWriteTurnAsync(CancellationToken.None);
        var second = Db.Database.TakeWriteTurnAsync(CancellationToken.None);

        Assert.That(second.IsCompleted, Is.False, "one writer at a time");
        first.Dispose();
        first.Dispose(); // a second dispose must not hand out a second turn
        using var secondTurn = await second.WaitAsync(TimeSpan.FromSeconds(10));
        var third = Db.Database.TakeWriteTurnAsync(CancellationToken.None);

        Assert.That(third.IsCompleted, Is.False);
    }

    [Test]
    public async Task TakeWriteTurnAsync_Cancelled_StopsWaitingWithoutTakingTheTurn()
    {
        using var held = await Db.Database.TakeWriteTurnAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var waiting = Db.Database.TakeWriteTurnAsync(cancellation.Token);

        await cancellation.CancelAsync();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task OpenWriterAsync_TheConnectionHoldsTheTurnUntilDisposed()
    {
        var writer = await Db.Database.OpenWriterAsync(CancellationToken.None);
        var next = Db.Database.OpenWriterAsync(CancellationToken.None);

        Assert.That(next.IsCompleted, Is.False, "one writer at a time");
        await writer.DisposeAsync();
        await using var nextWriter = await next.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(nextWriter.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }
}
