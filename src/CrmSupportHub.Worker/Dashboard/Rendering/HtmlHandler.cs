using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CrmSupportHub.Worker.Dashboard.Rendering;

/// <summary>
/// Lets page templates be plain interpolated strings: the literal parts are the template, and every
/// hole is HTML-encoded unless it is <see cref="Markup"/>. Numbers and dates format invariantly.
/// Holes land in text or in double-quoted attributes; the encoder escapes quotes for the latter.
/// </summary>
[InterpolatedStringHandler]
internal ref struct HtmlHandler
{
    // Letters of every script stay readable (client names in Cyrillic); only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount)
    {
        _builder = new StringBuilder(literalLength + formattedCount * 16);
    }

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _builder = writer.Builder;
    }

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(Markup markup) => _builder.Append(markup.Value);

    public readonly void AppendFormatted(string? text) => AppendEncoded(text);

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format) =>
        AppendEncoded(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    public readonly Markup ToMarkup() => new(_builder.ToString());

    private readonly void AppendEncoded(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _builder.Append(Encoder.Encode(text)); // returns the same string when nothing needs escaping
        }
    }
}
