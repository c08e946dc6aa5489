namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Turns a month's entries into lines. A correction of an entry counted in the same month is netted
/// into it (the month is open, so it is as if the entry had been right). A correction of an entry
/// in a closed month stands alone: added minutes are an ordinary line, reversed ones a credit.
/// </summary>
internal sealed class MonthLines
{
    private MonthLines(List<MonthLine> lines, List<MonthLine> credits)
    {
        Lines = lines;
        Credits = credits;
    }

    /// <summary>Lines with positive (or zero) minutes, in recorded order.</summary>
    public IReadOnlyList<MonthLine> Lines { get; }

    /// <summary>Reversals of closed months' entries (negative minutes), in recorded order.</summary>
    public IReadOnlyList<MonthLine> Credits { get; }

    public static MonthLines Build(IReadOnlyList<WorkEntry> entries)
    {
        var lines = new List<MonthLine>(entries.Count);
        var credits = new List<MonthLine>();
        var index = new Dictionary<long, int>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.Corrects is null)
            {
                index[entry.Id] = lines.Count;
                lines.Add(MonthLine.Of(entry));
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Corrects is not { } target)
            {
                continue;
            }

            if (index.TryGetValue(target, out var i))
            {
                lines[i] = lines[i] with { Minutes = lines[i].Minutes + entry.Minutes };
            }
            else
            {
                (entry.Minutes > 0 ? lines : credits).Add(MonthLine.Of(entry));
            }
        }

        // Stored entries are validated never to reverse more than they have; should one still
        // net below zero, the excess is treated as a credit rather than a negative burn.
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Minutes < 0)
            {
                credits.Add(lines[i]);
                lines[i] = lines[i] with { Minutes = 0 };
            }
        }

        lines.Sort(ByRecordedOrder);
        credits.Sort(ByRecordedOrder);
        return new MonthLines(lines, credits);
    }

    private static int ByRecordedOrder(MonthLine a, MonthLine b)
    {
        var byTime = a.RecordedAt.CompareTo(b.RecordedAt);
        return byTime != 0 ? byTime : a.EntryId.CompareTo(b.EntryId);
    }
}
