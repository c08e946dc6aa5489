namespace CrmSupportHub.Core.Ledger;

/// <summary>What an analyst says the logged work was.</summary>
public enum WorkKind
{
    /// <summary>Support under the contract: burns the bucket unless hypercare covers it.</summary>
    Support,

    /// <summary>An included architecture or roadmap session: shown, never burned.</summary>
    Session,

    /// <summary>Work on a mini-project: counted against its estimate, never the bucket.</summary>
    MiniProject,

    /// <summary>Outside the package's scope: recorded and shown, never burned silently.</summary>
    NotCovered,
}
