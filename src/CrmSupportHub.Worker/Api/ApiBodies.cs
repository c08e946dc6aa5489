namespace CrmSupportHub.Worker.Api;

/// <summary>Work to log. The analyst is the caller; <c>date</c> is yyyy-MM-dd in the client's zone (default today).</summary>
public sealed record LogWorkBody(int Minutes, string? Date = null, string? RequestId = null, string? Kind = null, string? Note = null);

/// <summary>A correction: negative minutes reverse, positive add.</summary>
public sealed record CorrectionBody(int Minutes, string? Note = null);

/// <summary>An overage approval: <c>approvedAt</c> is when the client consented (default now).</summary>
public sealed record ApprovalBody(string? Month, decimal Hours, string? Reference, string? ApprovedAt = null, bool CoversLoggedHours = false);

public sealed record ConversionBody(decimal EstimateHours);

public sealed record ReactionBody(string? Note = null);

/// <summary>A held session: <c>kind</c> Architecture or Roadmap, <c>date</c> yyyy-MM-dd.</summary>
public sealed record SessionBody(string? Kind, string? Date, string? Note = null);
