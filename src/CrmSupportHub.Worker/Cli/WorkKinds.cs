using CrmSupportHub.Core.Ledger;

namespace CrmSupportHub.Worker.Cli;

/// <summary>Work kinds as written on the command line: <c>support</c>, <c>session</c>, <c>mini-project</c>, <c>not-covered</c>.</summary>
internal static class WorkKinds
{
    public static WorkKind? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "support" => WorkKind.Support,
        "session" => WorkKind.Session,
        "mini-project" or "miniproject" => WorkKind.MiniProject,
        "not-covered" or "notcovered" => WorkKind.NotCovered,
        _ => null,
    };

    public static string Name(WorkKind kind) => kind switch
    {
        WorkKind.MiniProject => "mini-project",
        WorkKind.NotCovered => "not-covered",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
