namespace CrmSupportHub.Core.Requests;

public enum RequestStatus
{
    Open,
    Closed,
    Deleted,
}
