namespace CrmSupportHub.Core.Sla;

/// <summary>
/// Decides which milestones to fire. The scheduler recomputes the clock whenever it wakes (on a
/// trigger, on new events, on restart) and asks again, so a milestone that fell due while the
/// worker was down fires on restart, and one moved by a pause fires at its new instant.
/// </summary>
public static class SlaMilestonePlanner
{
    /// <param name="enqueued">Keys already in the outbox for this request.</param>
    public static SlaMilestonePlan Plan(SlaClock clock, DateTimeOffset now, IReadOnlySet<SlaEventKey> enqueued)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(enqueued);
        var dueNow = new List<SlaMilestone>();
        DateTimeOffset? next = null;
        foreach (var milestone in clock.Milestones)
        {
            // A warning about a clock that has already stopped helps nobody; a breach is a fact worth reporting late.
            if (enqueued.Contains(clock.KeyOf(milestone)) || (clock.Stop is not null && milestone.Kind == SlaMilestoneKind.Warning))
            {
                continue;
            }

            if (milestone.DueAt <= now)
            {
                dueNow.Add(milestone);
            }
            else if (next is null || milestone.DueAt < next)
            {
                next = milestone.DueAt;
            }
        }

        return new SlaMilestonePlan(dueNow, next);
    }
}
