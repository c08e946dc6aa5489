using System.Text;

namespace CrmSupportHub.Sandbox.Pipedrive;

public sealed partial class PipedriveSandbox
{
    /// <summary>
    /// The v2 webhook Pipedrive would send for a deal's latest change: <c>create</c> for a deal never
    /// changed, <c>delete</c> for a deleted one (data null), else <c>change</c> with the changed fields in <c>previous</c>.
    /// </summary>
    /// <param name="authentic">False sends a wrong Basic password, as a forger would.</param>
    /// <param name="minimal">Only id, pipeline and stage in <c>data</c>, which makes a receiver re-read the deal.</param>
    public SandboxWebhook CreateDealWebhook(long dealId, bool authentic = true, bool minimal = false)
    {
        var deal = _store.FindDeal(dealId) ?? throw new KeyNotFoundException($"The sandbox has no deal {dealId}.");
        var previous = _store.PreviousDeal(dealId);
        var body = deal.IsDeleted
            ? PipedriveWebhookPayload.Deal("delete", null, previous ?? deal, deal.UpdateTime, minimal)
            : PipedriveWebhookPayload.Deal(previous is null ? "create" : "change", deal, previous, deal.UpdateTime, minimal);
        return Delivery(body, authentic);
    }

    /// <summary>The v2 webhook for a change of a company user.</summary>
    public SandboxWebhook CreateUserWebhook(long userId, string action = "change", bool authentic = true)
    {
        var user = _store.Users().FirstOrDefault(u => u.Id == userId) ?? throw new KeyNotFoundException($"The sandbox has no user {userId}.");
        return Delivery(PipedriveWebhookPayload.User(action, user, Now), authentic);
    }

    /// <summary>The <c>Authorization</c> header value Pipedrive sends for the given Basic credentials.</summary>
    public static string BasicAuthorization(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    private SandboxWebhook Delivery(byte[] body, bool authentic)
    {
        var password = authentic ? Options.WebhookPassword : Options.WebhookPassword + "-forged";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = BasicAuthorization(Options.WebhookUsername, password),
            ["Content-Type"] = "application/json",
            ["User-Agent"] = "Pipedrive Webhooks",
        };
        return new SandboxWebhook("application/json", headers, new Dictionary<string, string>(), body);
    }
}
