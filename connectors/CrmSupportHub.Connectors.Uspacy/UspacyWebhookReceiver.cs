using System.Text.RegularExpressions;
using CrmSupportHub.Connectors.Uspacy.Webhooks;

namespace CrmSupportHub.Connectors.Uspacy;

/// <summary>
/// Uspacy's outgoing webhooks are unsigned and their payload is undocumented: a delivery proves
/// itself with the secret in the hub's URL, names an entity id somewhere in its JSON, and the entity
/// is then re-read through the API so nothing else in the body is ever trusted.
/// </summary>
internal sealed partial class UspacyWebhookReceiver(
    UspacyOptions options,
    Func<string, CancellationToken, ValueTask<ExternalRequest?>> readRequest)
{
    public const string SecretParameter = "secret";

    public ValueTask<WebhookVerdict> VerifyAsync(WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!SecretComparer.FixedTimeEquals(envelope.QueryValue(SecretParameter), options.Webhook.Secret))
        {
            return ValueTask.FromResult(WebhookVerdict.Unauthorized("The secret in the webhook URL is missing or wrong."));
        }

        var payload = UspacyWebhookPayload.Read(envelope.Body, out var problem);
        return ValueTask.FromResult(payload switch
        {
            null => WebhookVerdict.Malformed(problem ?? "The body is not JSON."),
            { EntityId: null, IsConfirmation: true } => WebhookVerdict.Ignore(
                "A webhook confirmation request: confirm the webhook in Uspacy (Automation, Webhooks)."),
            { EntityId: null } => WebhookVerdict.Malformed("The body names no entity id."),
            { EntityId: var id } when !EntityId().IsMatch(id) => WebhookVerdict.Malformed("The entity id is not a Uspacy id."),
            { Table: { } table } when !IsConfiguredTable(table, options.Settings) => WebhookVerdict.Ignore(
                "The event concerns another entity than the support requests."),
            _ => WebhookVerdict.Accept(payload.DeliveryId),
        });
    }

    /// <summary>Re-reads the entity the stored delivery names; a deleted or foreign entity yields nothing.</summary>
    public async ValueTask<IReadOnlyList<ExternalChange>> ParseAsync(WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var payload = UspacyWebhookPayload.Read(envelope.Body, out _);
        if (payload?.EntityId is not { } id || !EntityId().IsMatch(id))
        {
            return [];
        }

        var request = await readRequest(id, cancellationToken).ConfigureAwait(false);
        return request is null ? [] : [new RequestChanged(request)];
    }

    // Payloads may name the table as "deals" or as the entity's type ("deal"): both match.
    private static bool IsConfiguredTable(string table, UspacySettings settings) =>
        string.Equals(table, settings.EntityTable, StringComparison.OrdinalIgnoreCase)
        || string.Equals(table + "s", settings.EntityTable, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex EntityId();
}
