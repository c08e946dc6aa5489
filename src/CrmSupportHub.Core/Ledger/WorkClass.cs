namespace CrmSupportHub.Core.Ledger;

/// <summary>What an entry is, before the bucket flow decides where its support minutes land.</summary>
internal enum WorkClass
{
    Support,
    Hypercare,
    MiniProject,
    NotCovered,
    Session,
}
