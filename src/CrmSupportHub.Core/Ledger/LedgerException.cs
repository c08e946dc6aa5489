namespace CrmSupportHub.Core.Ledger;

/// <summary>The ledger refused an operation; <see cref="Exception.Message"/> says why in words an analyst understands.</summary>
public sealed class LedgerException : Exception
{
    public LedgerException(LedgerErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public LedgerErrorCode Code { get; }
}
