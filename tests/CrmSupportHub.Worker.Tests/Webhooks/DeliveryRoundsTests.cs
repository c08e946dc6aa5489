using CrmSupportHub.Connectors;
using CrmSupportHub.Core.Requests;
using CrmSupportHub.Worker.Webhooks;

namespace CrmSupportHub.Worker.Tests.Webhooks;

public sealed class DeliveryRoundsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Split_DifferentRequests_GoInOneRound()
    {
        var rounds = DeliveryRounds.Split("acme", [Version("1", 0), Version("2", 0), Version("3", 0)]);

        Assert.That(Ids(rounds), Is.EqualTo(new[] { new[] { "1", "2", "3" } }));
    }

    [Test]
    public void Split_NewerVersionsOfARequest_GoInLaterRoundsInOrder()
    {
        var initial = Version("1", 0);
        var working = Version("1", 10, StageCategory.Working);
        var waiting = Version("1", 20, StageCategory.Waiting);

        var rounds = DeliveryRounds.Split("acme", [initial, Version("2", 0), working, waiting]);

        Assert.That(rounds.Select(r => r.ToList()), Is.EqualTo(new[]
        {
            new List<ExternalRequest> { initial, Version("2", 0) },
            new List<ExternalRequest> { working },
            new List<ExternalRequest> { waiting },
        }), "every stage the request went through is ingested, in order");
    }

    [Test]
    public void Split_RepeatedAndOlderVersions_AreLeftOut()
    {
        var working = Version("1", 10, StageCategory.Working);

        var rounds = DeliveryRounds.Split("acme", [working, working, Version("1", 0), working with { }]);

        Assert.That(rounds.Select(r => r.ToList()), Is.EqualTo(new[] { new List<ExternalRequest> { working } }));
    }

    [Test]
    public void Split_SameUpdateTimeButChangedContent_IsANewerVersion()
    {
        var open = Version("1", 10);
        var deleted = open with { Status = RequestStatus.Deleted };

        var rounds = DeliveryRounds.Split("acme", [open, deleted]);

        Assert.That(rounds, Has.Count.EqualTo(2), "some CRMs change a record without moving its update time");
    }

    [Test]
    public void Split_Nothing_GivesNoRounds()
    {
        Assert.That(DeliveryRounds.Split("acme", []), Is.Empty);
    }

    private static string[][] Ids(IReadOnlyList<IReadOnlyList<ExternalRequest>> rounds) =>
        [.. rounds.Select(r => r.Select(v => v.Id).ToArray())];

    private static ExternalRequest Version(string id, int minutes, StageCategory stage = StageCategory.Initial) =>
        new(id, $"Request {id}", stage.ToString(), stage, "7", RequestStatus.Open, T0, T0.AddMinutes(minutes), T0.AddMinutes(minutes));
}
