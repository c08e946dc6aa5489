namespace CrmSupportHub.Sandbox.Common;

/// <summary>How a page of a request list changes under <see cref="SandboxFault.EmptyPage"/> and <see cref="SandboxFault.StalePage"/>.</summary>
internal static class PageFaults
{
    /// <summary>How many requests older than the watermark a stale page carries.</summary>
    public const int StaleCount = 2;

    /// <summary>
    /// The page's items: none for an empty page; for a stale page, the page followed by the newest
    /// <see cref="StaleCount"/> of <paramref name="candidates"/> stamped before <paramref name="watermark"/>
    /// (nothing to add when the call named no watermark).
    /// </summary>
    public static IReadOnlyList<T> Items<T, TStamp>(
        SandboxFault? fault, IReadOnlyList<T> page, IEnumerable<T> candidates, Func<T, TStamp> stamp, TStamp? watermark)
        where TStamp : struct, IComparable<TStamp> => fault switch
        {
            SandboxFault.EmptyPage => [],
            SandboxFault.StalePage when watermark is { } since =>
                [.. page, .. candidates.Where(i => stamp(i).CompareTo(since) < 0).OrderByDescending(stamp).Take(StaleCount)],
            _ => page,
        };
}
