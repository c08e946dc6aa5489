using System.Collections.Concurrent;

namespace CrmSupportHub.Sandbox.Common;

/// <summary>Remembers the last answer of each request list, so that <see cref="SandboxFault.RepeatedPage"/> can send it again.</summary>
internal sealed class PageReplay
{
    private readonly ConcurrentDictionary<string, byte[]> _last = new(StringComparer.Ordinal);

    /// <summary>The list's previous answer when the call carries <see cref="SandboxFault.RepeatedPage"/>, else a fresh page (remembered).</summary>
    public byte[] Answer(string list, SandboxFault? fault, Func<byte[]> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (fault == SandboxFault.RepeatedPage && _last.TryGetValue(list, out var previous))
        {
            return previous;
        }

        var body = page();
        _last[list] = body;
        return body;
    }
}
