using CrmSupportHub.Worker.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CrmSupportHub.Worker.Tests.Webhooks;

public sealed class StringValuesViewTests
{
    [Test]
    public void Of_Headers_LooksUpWithoutCaseAndJoinsRepeatedValues()
    {
        var headers = new HeaderDictionary
        {
            ["Authorization"] = "Basic abc",
            ["X-Repeated"] = new StringValues(["a", "b"]),
        };

        var view = StringValuesView.Of(headers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view.TryGetValue("authorization", out var authorization), Is.True);
            Assert.That(authorization, Is.EqualTo("Basic abc"));
            Assert.That(view["x-repeated"], Is.EqualTo("a,b"));
            Assert.That(view.ContainsKey("X-Missing"), Is.False);
            Assert.That(() => view["X-Missing"], Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(view.Count, Is.EqualTo(2));
            Assert.That(view.ToDictionary(p => p.Key, p => p.Value), Is.EqualTo(new Dictionary<string, string>
            {
                ["Authorization"] = "Basic abc",
                ["X-Repeated"] = "a,b",
            }));
        }
    }

    [Test]
    public void Of_Query_LooksUpWithoutCase()
    {
        // As the server builds it from the query string: keys compared without case.
        var query = new QueryCollection(new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase) { ["secret"] = "s3" });

        var view = StringValuesView.Of(query);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(view["SECRET"], Is.EqualTo("s3"));
            Assert.That(view.Keys, Is.EqualTo(new[] { "secret" }));
        }
    }
}
