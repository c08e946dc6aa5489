using CrmSupportHub.Worker.Hosting;

namespace CrmSupportHub.Worker.Webhooks;

/// <summary>Wakes the inbox processor when a delivery was stored.</summary>
internal sealed class InboxSignal : WakeSignal;
