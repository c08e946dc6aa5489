namespace CrmSupportHub.Worker.Dashboard.Rendering;

/// <summary>Builds an HTML fragment from an interpolated template, encoding every hole that is not <see cref="Markup"/>.</summary>
internal static class Html
{
    public static Markup Of(ref HtmlHandler html) => html.ToMarkup();

    /// <summary>Joins fragments, e.g. table rows built per item.</summary>
    public static Markup Join<T>(IEnumerable<T> items, Func<T, Markup> render) =>
        new(string.Concat(items.Select(i => render(i).Value)));

    public static Markup When(bool condition, Markup markup) => condition ? markup : Markup.Empty;
}
