namespace CrmSupportHub.Worker.Cli;

/// <summary>A plain-text table whose columns are padded to their widest cell; numeric columns align right.</summary>
internal sealed class TextTable(params string[] headers)
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];

    public TextTable AlignRight(params int[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _rightAligned.UnionWith(columns);
        return this;
    }

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(headers))
        {
            var cells = row.Select((cell, i) => _rightAligned.Contains(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            writer.WriteLine(string.Join(Gap, cells).TrimEnd());
        }
    }
}
