namespace CrmSupportHub.Core.Requests;

public enum RequestEventKind
{
    Created,
    StageChanged,
    Assigned,
    Responded,
    Closed,
    Reopened,
    Deleted,
    ConvertedToMiniProject,
}
