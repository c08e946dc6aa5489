namespace CrmSupportHub.Connectors.Tests.Webhooks;

public class SecretComparerTests
{
    [Test]
    public void FixedTimeEquals_SameSecret_IsTrue()
    {
        Assert.That(SecretComparer.FixedTimeEquals("s3cr3t-value", "s3cr3t-value"), Is.True);
    }

    [TestCase("s3cr3t-valuE")]
    [TestCase("s3cr3t-value-longer")]
    [TestCase("s3")]
    [TestCase("s3cr3t-value\0")]
    [TestCase("")]
    [TestCase(null)]
    public void FixedTimeEquals_AnyOtherPresentedValue_IsFalse(string? presented)
    {
        Assert.That(SecretComparer.FixedTimeEquals(presented, "s3cr3t-value"), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    public void FixedTimeEquals_UnconfiguredSecret_NeverMatches(string? expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SecretComparer.FixedTimeEquals(expected, expected), Is.False);
            Assert.That(SecretComparer.FixedTimeEquals(string.Empty, expected), Is.False);
        }
    }

    [Test]
    public void FixedTimeEquals_NonAsciiSecret_ComparesUtf8()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SecretComparer.FixedTimeEquals("пароль-ключ", "пароль-ключ"), Is.True);
            Assert.That(SecretComparer.FixedTimeEquals("пароль-ключі", "пароль-ключ"), Is.False);
        }
    }

    [Test]
    public void FixedTimeEquals_SecretsLongerThanTheBlock_AreStillComparedExactly()
    {
        var secret = new string('k', 300) + "-end";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SecretComparer.FixedTimeEquals(secret, secret), Is.True);
            Assert.That(SecretComparer.FixedTimeEquals(secret[..^1], secret), Is.False);
            Assert.That(SecretComparer.FixedTimeEquals(secret, "short"), Is.False);
            Assert.That(SecretComparer.FixedTimeEquals("short", secret), Is.False);
        }
    }
}
