namespace CrmSupportHub.Core.Ledger;

/// <summary>
/// Computes a client month from its entries: a pure function of <see cref="MonthInput"/>. See the
/// folder's README for the rules; the result always satisfies
/// <c>Logged.Total == sum of the month's entry minutes</c>.
/// </summary>
public static class LedgerCalculator
{
    public static MonthComputation Compute(MonthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (client, month) = (input.Client, input.Month);
        var beforeStart = month < LedgerTerms.StartMonth(client);
        var terms = LedgerTerms.BucketTerms(client, month);
        var bucket = beforeStart ? 0 : LedgerMath.ToMinutes(terms.MonthlyHours);
        var share = beforeStart ? 0m : Math.Clamp(terms.RolloverShare, 0m, 1m);
        var cap = (int)decimal.Floor(share * bucket);

        var approvals = input.Approvals.Where(a => a.Month == month).ToList();
        var classifier = new WorkClassifier(client, input.MiniProjects, input.ChangesDelivered);
        var monthLines = MonthLines.Build(input.Entries);
        var flow = new BucketFlow(input.CarryInMinutes, bucket, approvals);
        var lines = monthLines.Lines.Concat(monthLines.Credits).ToList();
        var allocations = new CategoryMinutes[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var workClass = classifier.Classify(line.Kind, line.RequestId, line.Date);
            allocations[i] = workClass switch
            {
                WorkClass.Support when line.Minutes >= 0 => flow.Burn(line.Minutes, line.RecordedAt),
                WorkClass.Support => flow.Credit(-line.Minutes),
                _ => CategoryMinutes.Of(CategoryOf(workClass), line.Minutes),
            };
        }

        var approvalUses = OverageResolver.Resolve(approvals, flow, allocations);
        var totals = allocations.Aggregate(CategoryMinutes.None, (sum, a) => sum.Plus(a));
        var ledger = new MonthLedger(
            client.Id,
            month,
            terms.Tier,
            bucket,
            input.CarryInMinutes,
            share,
            cap,
            totals,
            Math.Min(bucket - totals.BucketBurn, cap),
            approvalUses,
            MiniProjectMinutes(lines, allocations),
            Adjustments(input.Entries),
            [.. lines.Select((l, i) => new EntryMinutes(l.EntryId, l.RecordedAt, allocations[i].UnapprovedOverage)).Where(e => e.Minutes != 0)]);
        return new MonthComputation(ledger, [.. lines.Select((l, i) => new LineAllocation(l.EntryId, l.RecordedAt, l.Minutes, allocations[i]))]);
    }

    private static LedgerCategory CategoryOf(WorkClass workClass) => workClass switch
    {
        WorkClass.Hypercare => LedgerCategory.Hypercare,
        WorkClass.MiniProject => LedgerCategory.MiniProject,
        WorkClass.NotCovered => LedgerCategory.NotCovered,
        WorkClass.Session => LedgerCategory.Session,
        _ => throw new ArgumentOutOfRangeException(nameof(workClass), workClass, null),
    };

    private static List<RequestMinutes> MiniProjectMinutes(List<MonthLine> lines, CategoryMinutes[] allocations) =>
    [
        .. lines.Select((l, i) => (Request: l.RequestId ?? string.Empty, allocations[i].MiniProject))
            .Where(x => x.MiniProject != 0)
            .GroupBy(x => x.Request, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RequestMinutes(g.Key, g.Sum(x => x.MiniProject))),
    ];

    private static List<LedgerAdjustment> Adjustments(IReadOnlyList<WorkEntry> entries) =>
    [
        .. entries.Where(e => e.IsAdjustment)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new LedgerAdjustment(e.Id, e.Corrects, e.Date, e.Minutes, e.Kind, e.RequestId, e.Note)),
    ];
}
