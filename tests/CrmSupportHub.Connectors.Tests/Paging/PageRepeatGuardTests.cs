namespace CrmSupportHub.Connectors.Tests.Paging;

public sealed class PageRepeatGuardTests
{
    [Test]
    public void Visit_SamePositionUpToTheLimit_IsAllowed()
    {
        var guard = new PageRepeatGuard("Acme CRM", maxVisits: 3);

        Assert.DoesNotThrow(() =>
        {
            guard.Visit("c1");
            guard.Visit("c1");
            guard.Visit("c2");
            guard.Visit("c1");
        });
    }

    [Test]
    public void Visit_SamePositionPastTheLimit_ThrowsInvalidResponseNamingTheCrmAndPosition()
    {
        var guard = new PageRepeatGuard("Acme CRM", maxVisits: 2);
        guard.Visit("page 2");
        guard.Visit("page 2");

        var error = Assert.Throws<ConnectorException>(() => guard.Visit("page 2"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Kind, Is.EqualTo(ConnectorErrorKind.InvalidResponse));
            Assert.That(error.Message, Does.Contain("Acme CRM").And.Contain("page 2").And.Contain("3 times"));
        }
    }

    [Test]
    public void Visit_LongCursor_IsShortenedInTheMessage()
    {
        var cursor = new string('x', 500);
        var guard = new PageRepeatGuard("Acme CRM", maxVisits: 1);
        guard.Visit(cursor);

        var error = Assert.Throws<ConnectorException>(() => guard.Visit(cursor));

        Assert.That(error!.Message, Does.Not.Contain(cursor).And.Contain(new string('x', 40) + "…"));
    }
}
