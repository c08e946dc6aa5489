using CrmSupportHub.Core.Requests;
using CrmSupportHub.Core.Sla;

namespace CrmSupportHub.Worker.Application.Views;

/// <summary>A request's event log and its clocks with their timelines (each period counted or paused, under which contract version).</summary>
public sealed record RequestDetail(RequestRow Request, IReadOnlyList<RequestEvent> Events, SlaClock? Reaction, SlaClock? Resolution);
