using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Worker.Application;

namespace CrmSupportHub.Worker.Api;

/// <summary>Turns refused operations into RFC 7807 problems whose detail says what to fix.</summary>
internal static class ApiProblem
{
    public static IResult From(HubOperationException ex) => Problem(ex.Kind switch
    {
        HubErrorKind.NotFound => StatusCodes.Status404NotFound,
        HubErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    }, ex.Message);

    public static IResult From(LedgerException ex) => Problem(ex.Code switch
    {
        LedgerErrorCode.UnknownClient or LedgerErrorCode.UnknownEntry => StatusCodes.Status404NotFound,
        LedgerErrorCode.MonthClosed or LedgerErrorCode.MonthNotEnded or LedgerErrorCode.MonthOutOfOrder
            or LedgerErrorCode.AlreadyConverted or LedgerErrorCode.NotAMiniProject => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    }, ex.Message, ex.Code.ToString());

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, detail);

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, detail);

    private static IResult Problem(int status, string detail, string? code = null) =>
        Results.Problem(
            detail: detail,
            statusCode: status,
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
}
