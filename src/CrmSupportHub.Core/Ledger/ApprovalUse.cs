namespace CrmSupportHub.Core.Ledger;

/// <summary>How much of an overage approval a month used.</summary>
/// <param name="InAdvanceMinutes">Overage recorded after the approval and covered by it.</param>
/// <param name="RetroactiveMinutes">Unapproved overage it resolved (only with <see cref="OverageApproval.CoversLoggedHours"/>).</param>
/// <param name="GivenAfterOverage">
/// It was given after hours it could have covered were logged as unapproved overage (a retroactive
/// approval): those hours stay unapproved unless it explicitly covers logged hours.
/// </param>
public sealed record ApprovalUse(
    OverageApproval Approval,
    int InAdvanceMinutes,
    int RetroactiveMinutes,
    int UnusedMinutes,
    bool GivenAfterOverage);
