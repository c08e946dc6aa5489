using System.Runtime.CompilerServices;
using System.Text;

namespace CrmSupportHub.Worker.Dashboard.Rendering;

/// <summary>A page being written: <c>html.Add($"&lt;td&gt;{name}&lt;/td&gt;")</c> encodes <c>name</c>.</summary>
internal sealed class HtmlWriter
{
    internal StringBuilder Builder { get; } = new(16 * 1024);

    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    public HtmlWriter Add(Markup markup)
    {
        Builder.Append(markup.Value);
        return this;
    }

    public override string ToString() => Builder.ToString();
}
