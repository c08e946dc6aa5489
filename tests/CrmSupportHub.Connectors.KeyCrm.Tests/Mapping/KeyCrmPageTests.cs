using CrmSupportHub.Connectors.KeyCrm.Api.Dtos;

namespace CrmSupportHub.Connectors.KeyCrm.Tests.Mapping;

public sealed class KeyCrmPageTests
{
    [TestCase("cards-page.json", false)]
    [TestCase("cards-odd.json", true)]
    [TestCase("cards-empty.json", true)]
    public void IsLast_Fixtures_FollowsNextPageUrl(string fixture, bool last)
    {
        Assert.That(Fixture.Cards(fixture).IsLast, Is.EqualTo(last));
    }

    [Test]
    public void IsLast_NextUrlButCountReached_IsLast()
    {
        var page = new KeyCrmPage<KeyCrmCardDto> { Total = 100, CurrentPage = 2, PerPage = 50, Data = [new KeyCrmCardDto()], NextPageUrl = "x?page=3" };

        Assert.That(page.IsLast, Is.True, "a paginator that keeps handing out next URLs cannot loop forever");
    }

    [Test]
    public void IsLast_NextUrlButEmptyPage_IsLast()
    {
        var page = new KeyCrmPage<KeyCrmCardDto> { Total = 0, CurrentPage = 7, PerPage = 50, Data = [], NextPageUrl = "x?page=8" };

        Assert.That(page.IsLast, Is.True);
    }

    [Test]
    public void Deserialize_OddPage_IgnoresUnknownFieldsAndReadsStringNumbers()
    {
        var page = Fixture.Cards("cards-odd.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Total, Is.EqualTo(2));
            Assert.That(page.Data!.Select(c => c.Id), Is.EqualTo(new long[] { 23, 24 }));
            Assert.That(page.Data![1].Status?.PipelineId, Is.EqualTo(1));
        }
    }

    [Test]
    public void IsLast_EmptyPageButCountSaysMore_IsNotLast()
    {
        var page = new KeyCrmPage<KeyCrmCardDto> { Total = 120, CurrentPage = 2, PerPage = 50, Data = [], NextPageUrl = "x?page=3" };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.IsLast, Is.False, "the count says 20 more cards follow");
            Assert.That(page.Answers(2), Is.False, "an empty page mid-list is asked again, not skipped");
        }
    }

    [TestCase(2, 2, true)]
    [TestCase(1, 2, false)]
    [TestCase(0, 2, true)]
    public void Answers_PageNumberSent_MustBeThePageAskedFor(int sent, int asked, bool answers)
    {
        var page = new KeyCrmPage<KeyCrmCardDto> { Total = 120, CurrentPage = sent, PerPage = 50, Data = [new KeyCrmCardDto()], NextPageUrl = "x?page=3" };

        Assert.That(page.Answers(asked), Is.EqualTo(answers));
    }
}
