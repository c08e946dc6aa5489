using System.Globalization;
using CrmSupportHub.Worker.Dashboard.Rendering;

namespace CrmSupportHub.Worker.Tests.Dashboard;

public sealed class HtmlHandlerTests
{
    [Test]
    public void Of_TextHole_IsEncodedForTextAndAttributes()
    {
        var title = "<b onclick=\"x()\">Tom & 'Jerry'</b>";

        var html = Html.Of($"<td title=\"{title}\">{title}</td>").Value;

        Assert.That(html, Is.EqualTo(
            "<td title=\"&lt;b onclick=&quot;x()&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;\">&lt;b onclick=&quot;x()&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;</td>"));
    }

    [Test]
    public void Of_MarkupHole_IsKeptAsItIs()
    {
        var inner = Html.Of($"<em>{"a<b"}</em>");

        Assert.That(Html.Of($"<p>{inner}</p>").Value, Is.EqualTo("<p><em>a&lt;b</em></p>"));
    }

    [Test]
    public void Of_NonLatinText_StaysReadable()
    {
        Assert.That(Html.Of($"{"Київ"}").Value, Is.EqualTo("Київ"));
    }

    [Test]
    public void Of_NumbersAndDates_AreInvariantWhateverTheCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.That(Html.Of($"{1.5:F1} {new DateOnly(2026, 3, 2):yyyy-MM-dd} {1234}").Value, Is.EqualTo("1.5 2026-03-02 1234"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void Add_WritesIntoThePage()
    {
        var page = new HtmlWriter();

        page.Add($"<h1>{"R&D"}</h1>").Add(new Markup("<hr>"));

        Assert.That(page.ToString(), Is.EqualTo("<h1>R&amp;D</h1><hr>"));
    }
}
