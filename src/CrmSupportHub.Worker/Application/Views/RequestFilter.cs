using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Application.Views;

/// <summary>Which requests to list; the result is sorted by business time left, most urgent first.</summary>
/// <param name="ClientIds">Only these clients (null: every client the caller may see).</param>
/// <param name="State">Only requests whose reaction clock is in this state (as of now).</param>
/// <param name="AtRisk">Only requests with a warning reached or breached.</param>
/// <param name="Breached">Only breached requests.</param>
/// <param name="OpenOnly">Only requests still waiting for a reaction or resolution.</param>
public sealed record RequestFilter(
    IReadOnlyCollection<string>? ClientIds = null,
    SlaClockState? State = null,
    bool AtRisk = false,
    bool Breached = false,
    bool OpenOnly = false,
    int Limit = 500);
