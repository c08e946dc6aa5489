using System.Globalization;
using System.Web;
using CrmSupportHub.Sandbox.Common;

namespace CrmSupportHub.Sandbox.Pipedrive;

/// <summary>An answer before the sandbox adds rate-limit headers.</summary>
internal readonly record struct SandboxAnswer(int Status, byte[] Body);

/// <summary>Answers the Pipedrive endpoints the connector uses, from the store.</summary>
internal sealed class PipedriveApiRouter(PipedriveSandboxStore store, TimeProvider time)
{
    private readonly PageReplay _pages = new();

    /// <param name="pageFault">An injected page fault for the deal list (other answers ignore it).</param>
    public SandboxAnswer Route(string method, string path, string? rawQuery, SandboxFault? pageFault = null)
    {
        if (method != "GET")
        {
            return NotFound("Unknown method.");
        }

        var segments = path.Trim('/').Split('/');
        return segments switch
        {
            ["api", "v1", "users"] => Ok(PipedriveSandboxJson.Users(store.Users(), PipedriveSandbox.AdminUserId)),
            ["api", "v1", "users", "me"] => Ok(PipedriveSandboxJson.CurrentUser(store.Users()[0])),
            ["api", "v2", "pipelines", var id] => Pipeline(id),
            ["api", "v2", "deals"] => Deals(rawQuery, pageFault),
            ["api", "v2", "deals", var id] => Deal(id),
            _ => NotFound("Unknown path."),
        };
    }

    private SandboxAnswer Deals(string? rawQuery, SandboxFault? pageFault)
    {
        var query = PipedriveDealQuery.Parse(HttpUtility.ParseQueryString(rawQuery ?? string.Empty), out var error);
        if (query is null)
        {
            return new SandboxAnswer(400, PipedriveSandboxJson.Error("Validation failed: " + error, "Please check developers.pipedrive.com"));
        }

        return Ok(_pages.Answer("deals", pageFault, () =>
        {
            var (page, next) = query.Run(store.DealsSortedBy(query.SortField, query.SortValue), time.GetUtcNow(), pageFault);
            return PipedriveSandboxJson.DealsPage(page, next);
        }));
    }

    private SandboxAnswer Deal(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var dealId) && store.FindDeal(dealId) is { IsDeleted: false } deal
            ? Ok(PipedriveSandboxJson.SingleDeal(deal))
            : NotFound("Deal not found");

    private static SandboxAnswer Pipeline(string id) => id switch
    {
        "1" => Ok(PipedriveSandboxJson.Pipeline(PipedriveSandbox.SupportPipelineId, "Support", PipedriveSandbox.Epoch)),
        "2" => Ok(PipedriveSandboxJson.Pipeline(PipedriveSandbox.SalesPipelineId, "Sales", PipedriveSandbox.Epoch)),
        _ => NotFound("Pipeline not found"),
    };

    private static SandboxAnswer Ok(byte[] body) => new(200, body);

    private static SandboxAnswer NotFound(string error) =>
        new(404, PipedriveSandboxJson.Error(error, "Please check developers.pipedrive.com"));
}
