namespace CrmSupportHub.Worker.Cli;

/// <summary>
/// A one-line progress display on stderr for a terminal: the client and the requests read so far,
/// with a bar that moves on every page (a CRM does not say how many requests there are).
/// </summary>
internal sealed class SyncProgressBar(TextWriter terminal, string clientId) : IProgress<int>
{
    private const int Width = 20;
    private int _pages;

    public void Report(int value)
    {
        var position = _pages++ % Width;
        var bar = new string(' ', position) + "=" + new string(' ', Width - position - 1);
        terminal.Write($"\r{clientId}  [{bar}]  {CliText.Number(value)} requests read");
        terminal.Flush();
    }

    /// <summary>Clears the line for the summary that follows.</summary>
    public void Clear()
    {
        if (_pages > 0)
        {
            terminal.Write("\r\u001b[2K");
            terminal.Flush();
        }
    }
}
