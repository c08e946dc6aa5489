using CrmSupportHub.Core.Ledger;
using CrmSupportHub.Core.Ledger.Statements;
using CrmSupportHub.Core.Packages;
using CrmSupportHub.Core.Users;
using static CrmSupportHub.Core.Tests.Ledger.LedgerHarness;

namespace CrmSupportHub.Core.Tests.Ledger;

/// <summary>The quiet-then-busy scenario's October statement, rendered in full.</summary>
public sealed class StatementRenderingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    internal static async Task<MonthlyStatement> OctoberStatementAsync()
    {
        var h = new LedgerHarness(LedgerClients.Client(PackageTier.Medium, timeZone: "Europe/Kyiv"));
        await h.LogOn(D(2026, 9, 10), 6m, request: "R-1");
        h.At(D(2026, 10, 1), 6);
        await h.Ledger.CloseEndedMonthsAsync("acme", "month-end job", None);
        await h.LogOn(D(2026, 10, 5), 20m, request: "R-2");
        await h.LogOn(D(2026, 10, 12), 10.5m, request: "R-3");
        h.At(D(2026, 10, 14), 9);
        await h.Ledger.ApproveOverageAsync(new OverageApprovalDraft("acme", new LedgerMonth(2026, 10), 2m, "Iryna, Acme CEO", h.Time.GetUtcNow(), "mail 2026-10-14"), None);
        await h.LogOn(D(2026, 10, 20), 2.75m, request: "R-4");
        h.At(D(2026, 10, 21));
        await h.Ledger.RecordSessionAsync("acme", SessionKind.Architecture, D(2026, 10, 21), "olena", "CRM architecture review", None);
        h.At(D(2026, 11, 2), 7);
        await h.Ledger.CloseEndedMonthsAsync("acme", "month-end job", None);
        var sla = new SlaComplianceSummary(11, 1, 0, 0.9167m, 1.5m, 6.25m);
        SeatCount Seats(int day, int users, SeatCountBasis basis) =>
            new("acme", new DateTimeOffset(2026, 10, day, 3, 0, 0, TimeSpan.Zero), users, 30, PackageTier.Medium, basis);
        return await h.Ledger.BuildStatementAsync(
            "acme", new LedgerMonth(2026, 10), sla, [Seats(1, 24, SeatCountBasis.Counted), Seats(15, 31, SeatCountBasis.Counted), Seats(30, 29, SeatCountBasis.Estimated)], None);
    }

    [Test]
    public async Task Markdown_QuietThenBusyOctober_RendersTheFullStatement()
    {
        var markdown = StatementMarkdown.Render(await OctoberStatementAsync());
        await TestContext.Out.WriteLineAsync(markdown);
        Assert.That(markdown, Is.EqualTo(ExpectedMarkdown));
    }

    [Test]
    public async Task Csv_QuietThenBusyOctober_RendersTheFullStatement()
    {
        var csv = StatementCsv.Render(await OctoberStatementAsync());
        await TestContext.Out.WriteLineAsync(csv);
        Assert.That(csv, Is.EqualTo(ExpectedCsv));
    }

    private const string ExpectedMarkdown = """
        # Statement 2026-10: Acme Ltd

        Client `acme`, package Medium, closed. Times in Europe/Kyiv; generated 2026-11-02 09:00.

        ## SLA compliance

        | Met | Breached | Open | Met share | Median reaction | P90 reaction |
        |---:|---:|---:|---:|---:|---:|
        | 11 | 1 | 0 | 91.7 % | 1.50 h | 6.25 h |

        ## Hours

        | Item | h:mm |
        |---|---:|
        | Bucket (Medium) | 20:00 |
        | Carry-in from 2026-09 | 10:00 |
        | **Available** | **30:00** |
        | Carry-in used | 10:00 |
        | Bucket burned | 20:00 |
        | Hypercare (not burned) | 0:00 |
        | Mini-projects (not burned) | 0:00 |
        | Sessions (included) | 0:00 |
        | Not covered by support | 0:00 |
        | Overage approved in advance | 2:00 |
        | Overage approved retroactively | 0:00 |
        | Unapproved overage | 1:15 |
        | Credit for closed months, not applied | 0:00 |
        | **Logged** | **33:15** |
        | Carry-in expired | 0:00 |
        | Bucket unused | 0:00 |
        | Rollover cap (50 % of bucket) | 10:00 |
        | **Carry-out to 2026-11** | **0:00** |

        Logged = carry-in used + bucket burned + hypercare + mini-projects + sessions + not covered + overage approved in advance + overage approved retroactively + unapproved overage + unapplied credit.

        ### Overage approvals

        | Approved by | Approved at | Reference | Approved | In advance | Retroactively | Unused | |
        |---|---|---|---:|---:|---:|---:|---|
        | Iryna, Acme CEO | 2026-10-14 12:00 | mail 2026-10-14 | 2:00 | 2:00 | 0:00 | 0:00 | given after unapproved overage was logged |

        ### Unapproved overage by entry

        | Entry | Recorded at | h:mm |
        |---|---|---:|
        | #3 | 2026-10-12 15:00 | 0:30 |
        | #4 | 2026-10-20 15:00 | 0:45 |

        ## Seats

        | | Active users | Limit | Counted | Basis |
        |---|---:|---:|---|---|
        | Peak | 31 (at or over the limit) | 30 | 2026-10-15 06:00 | counted |
        | Last | 29 | 30 | 2026-10-30 05:00 | estimated |

        ## Sessions

        | Session | Period | Entitled | Used | Remaining |
        |---|---|---:|---:|---:|
        | Architecture | 2026-10-01 to 2026-12-31 | 1 | 1 | 0 |

        """;

    private const string ExpectedCsv = """
        section,item,reference,minutes,hours,value
        statement,client,acme,,,Acme Ltd
        statement,month,,,,2026-10
        statement,status,,,,closed
        statement,package,,,,Medium
        sla,met,,,,11
        sla,breached,,,,1
        sla,open,,,,0
        sla,share_met,,,,0.9167
        sla,median_reaction_hours,,,,1.50
        sla,p90_reaction_hours,,,,6.25
        hours,bucket,,1200,20.00,
        hours,carry_in,,600,10.00,
        hours,available,,1800,30.00,
        hours,carry_in_used,,600,10.00,
        hours,bucket_burned,,1200,20.00,
        hours,hypercare,,0,0.00,
        hours,mini_projects,,0,0.00,
        hours,sessions,,0,0.00,
        hours,not_covered,,0,0.00,
        hours,approved_overage,,120,2.00,
        hours,approved_retroactively,,0,0.00,
        hours,unapproved_overage,,75,1.25,
        hours,unapplied_credit,,0,0.00,
        hours,logged,,1995,33.25,
        hours,carry_in_expired,,0,0.00,
        hours,bucket_unused,,0,0.00,
        hours,rollover_cap,,600,10.00,
        hours,carry_out,,0,0.00,
        approval,approved,mail 2026-10-14,120,2.00,
        approval,in_advance,mail 2026-10-14,120,2.00,
        approval,retroactively,mail 2026-10-14,0,0.00,
        approval,unused,mail 2026-10-14,0,0.00,
        approval,given_after_overage,mail 2026-10-14,,,true
        unapproved_overage,entry,#3,30,0.50,
        unapproved_overage,entry,#4,45,0.75,
        seats,peak,Counted,,,31
        seats,peak_limit,Counted,,,30
        seats,last,Estimated,,,29
        seats,last_limit,Estimated,,,30
        sessions,architecture_entitled,2026-10-01/2026-12-31,,,1
        sessions,architecture_used,2026-10-01/2026-12-31,,,1
        sessions,architecture_remaining,2026-10-01/2026-12-31,,,0

        """;
}
