namespace CrmSupportHub.Core.Ledger;

/// <summary>Minutes per <see cref="LedgerCategory"/>; <see cref="Total"/> is the net minutes logged.</summary>
public sealed record CategoryMinutes(
    int CarryInUsed = 0,
    int BucketBurn = 0,
    int Hypercare = 0,
    int MiniProject = 0,
    int NotCovered = 0,
    int Session = 0,
    int ApprovedOverage = 0,
    int ApprovedRetroactively = 0,
    int UnapprovedOverage = 0,
    int UnappliedCredit = 0)
{
    public static CategoryMinutes None { get; } = new();

    /// <summary>The identity the ledger guarantees: the categories add up to the minutes logged.</summary>
    public int Total => CarryInUsed + BucketBurn + Hypercare + MiniProject + NotCovered + Session
        + ApprovedOverage + ApprovedRetroactively + UnapprovedOverage + UnappliedCredit;

    public int this[LedgerCategory category] => category switch
    {
        LedgerCategory.CarryInUsed => CarryInUsed,
        LedgerCategory.BucketBurn => BucketBurn,
        LedgerCategory.Hypercare => Hypercare,
        LedgerCategory.MiniProject => MiniProject,
        LedgerCategory.NotCovered => NotCovered,
        LedgerCategory.Session => Session,
        LedgerCategory.ApprovedOverage => ApprovedOverage,
        LedgerCategory.ApprovedRetroactively => ApprovedRetroactively,
        LedgerCategory.UnapprovedOverage => UnapprovedOverage,
        LedgerCategory.UnappliedCredit => UnappliedCredit,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static CategoryMinutes Of(LedgerCategory category, int minutes) => None.Add(category, minutes);

    public CategoryMinutes Add(LedgerCategory category, int minutes) => minutes == 0 ? this : category switch
    {
        LedgerCategory.CarryInUsed => this with { CarryInUsed = CarryInUsed + minutes },
        LedgerCategory.BucketBurn => this with { BucketBurn = BucketBurn + minutes },
        LedgerCategory.Hypercare => this with { Hypercare = Hypercare + minutes },
        LedgerCategory.MiniProject => this with { MiniProject = MiniProject + minutes },
        LedgerCategory.NotCovered => this with { NotCovered = NotCovered + minutes },
        LedgerCategory.Session => this with { Session = Session + minutes },
        LedgerCategory.ApprovedOverage => this with { ApprovedOverage = ApprovedOverage + minutes },
        LedgerCategory.ApprovedRetroactively => this with { ApprovedRetroactively = ApprovedRetroactively + minutes },
        LedgerCategory.UnapprovedOverage => this with { UnapprovedOverage = UnapprovedOverage + minutes },
        LedgerCategory.UnappliedCredit => this with { UnappliedCredit = UnappliedCredit + minutes },
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public CategoryMinutes Plus(CategoryMinutes other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            CarryInUsed + other.CarryInUsed,
            BucketBurn + other.BucketBurn,
            Hypercare + other.Hypercare,
            MiniProject + other.MiniProject,
            NotCovered + other.NotCovered,
            Session + other.Session,
            ApprovedOverage + other.ApprovedOverage,
            ApprovedRetroactively + other.ApprovedRetroactively,
            UnapprovedOverage + other.UnapprovedOverage,
            UnappliedCredit + other.UnappliedCredit);
    }
}
