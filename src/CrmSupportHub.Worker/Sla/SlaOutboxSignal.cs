using CrmSupportHub.Worker.Hosting;

namespace CrmSupportHub.Worker.Sla;

/// <summary>Wakes the outbox dispatcher when a warning or breach was enqueued.</summary>
internal sealed class SlaOutboxSignal : WakeSignal;
