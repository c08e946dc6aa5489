namespace CrmSupportHub.Worker.Dashboard.Rendering;

/// <summary>HTML that is already safe to emit as it is: built by <see cref="HtmlHandler"/> or a literal in code, never from data.</summary>
internal readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Value ?? string.Empty;
}
