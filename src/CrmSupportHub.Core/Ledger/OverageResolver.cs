namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Attributes the month's approved overage to its approvals (earliest approval first) and lets
/// approvals that explicitly cover logged hours resolve unapproved overage, earliest line first.
/// </summary>
internal static class OverageResolver
{
    public static IReadOnlyList<ApprovalUse> Resolve(
        IReadOnlyList<OverageApproval> approvals,
        BucketFlow flow,
        CategoryMinutes[] lines)
    {
        var ordered = approvals.OrderBy(a => a.ApprovedAt).ThenBy(a => a.Id).ToList();
        var inAdvanceLeft = flow.ApprovedInAdvance;
        var inAdvance = new int[ordered.Count];
        var retroCapacity = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var capacity = LedgerMath.ToMinutes(ordered[i].Hours);
            inAdvance[i] = Math.Min(capacity, inAdvanceLeft);
            inAdvanceLeft -= inAdvance[i];
            if (ordered[i].CoversLoggedHours)
            {
                retroCapacity += capacity - inAdvance[i];
            }
        }

        var retroactive = Math.Min(retroCapacity, flow.Unapproved);
        MoveToRetroactive(lines, retroactive);

        var uses = new List<ApprovalUse>(ordered.Count);
        var retroLeft = retroactive;
        for (var i = 0; i < ordered.Count; i++)
        {
            var capacity = LedgerMath.ToMinutes(ordered[i].Hours);
            var retro = ordered[i].CoversLoggedHours ? Math.Min(capacity - inAdvance[i], retroLeft) : 0;
            retroLeft -= retro;
            var givenAfterOverage = flow.FirstUnapprovedAt is { } first && first < ordered[i].ApprovedAt;
            uses.Add(new ApprovalUse(ordered[i], inAdvance[i], retro, capacity - inAdvance[i] - retro, givenAfterOverage));
        }

        return uses;
    }

    private static void MoveToRetroactive(CategoryMinutes[] lines, int minutes)
    {
        for (var i = 0; i < lines.Length && minutes > 0; i++)
        {
            var moved = Math.Min(minutes, Math.Max(0, lines[i].UnapprovedOverage));
            if (moved > 0)
            {
                lines[i] = lines[i] with
                {
                    UnapprovedOverage = lines[i].UnapprovedOverage - moved,
                    ApprovedRetroactively = lines[i].ApprovedRetroactively + moved,
                };
                minutes -= moved;
            }
        }
    }
}
