namespace CrmSupportHub.Core.Ledger;

/// <summary>Why the ledger refused an operation; the API maps these to status codes.</summary>
public enum LedgerErrorCode
{
    UnknownClient,
    UnknownEntry,
    InvalidInput,
    DateInFuture,
    BeforeContractStart,
    OverReversal,
    MonthClosed,
    MonthNotEnded,
    MonthOutOfOrder,
    AlreadyConverted,
    NotAMiniProject,
}
