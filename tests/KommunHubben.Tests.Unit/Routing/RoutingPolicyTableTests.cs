using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using static KommunHubben.Tests.Unit.Routing.RoutingFixtures;

namespace KommunHubben.Tests.Unit.Routing;

/// <summary>
/// Skills × load × affinity × absence × priority, one row each, with the reason asserted word for word.
/// Officers: Anna and Cecilia take general questions and individual planning; Bilal and David take everything.
/// </summary>
public sealed class RoutingPolicyTableTests
{
    private const CaseType Ws = CaseType.WageSubsidy;
    private const CaseType Dc = CaseType.DisabilityCoding;
    private const CaseType Gq = CaseType.GeneralQuestion;
    private const CaseType Ip = CaseType.IndividualPlanning;

    private static CaseToRoute FollowUp(CaseType type, string previous) => Case(type) with { PreviousOfficerId = previous };

    private static readonly RouteRow[] Rows =
    [
        // Skills
        new("skills: a wage subsidy tie between the two skilled officers goes to the name first",
            Case(Ws), [Anna(), Bilal(), Cecilia(), David()],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 0/30, tie with 1 other(s) broken by name"),
        new("skills: a wage subsidy goes to the least loaded skilled officer, unskilled ones are not considered",
            Case(Ws), [Anna(0), Bilal(7), Cecilia(0), David(9)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 7/30"),
        new("skills: disability coding goes to the least loaded of the two who take it",
            Case(Dc), [Anna(1), Bilal(12), Cecilia(1), David(5)],
            "af-david", "routed to af-david: skill DisabilityCoding, load 5/30"),
        new("skills: a general question goes to the least loaded of all four",
            Case(Gq), [Anna(3), Bilal(1), Cecilia(2), David(4)],
            "af-bilal", "routed to af-bilal: skill GeneralQuestion, load 1/30"),
        new("skills: a four-way tie on individual planning goes to the name first",
            Case(Ip), [David(2), Cecilia(2), Bilal(2), Anna(2)],
            "af-anna", "routed to af-anna: skill IndividualPlanning, load 2/30, tie with 3 other(s) broken by name"),
        new("skills: nobody with the skill means no officer",
            Case(Ws), [Anna(), Cecilia()],
            null, "unrouted: no present officer has the skill WageSubsidy"),

        // Load and cap
        new("load: an officer at the cap is passed over while another has room",
            Case(Ws), [Anna(), Bilal(30), Cecilia(), David(12)],
            "af-david", "routed to af-david: skill WageSubsidy, load 12/30; af-bilal at cap"),
        new("load: 29 of 30 still has room",
            Case(Gq), [Anna(29), Bilal(30), Cecilia(30), David(30)],
            "af-anna", "routed to af-anna: skill GeneralQuestion, load 29/30; af-bilal at cap; af-cecilia at cap; af-david at cap"),
        new("load: all skilled at or over the cap, the least loaded gets it anyway",
            Case(Dc), [Anna(0), Bilal(33), Cecilia(0), David(30)],
            "af-david", "routed to af-david: skill DisabilityCoding, load 30/30 (all at cap); af-bilal at cap"),
        new("load: all over the cap with a tie, the name first",
            Case(Ws), [Bilal(31), David(31)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 31/30 (all at cap), tie with 1 other(s) broken by name; af-david at cap"),
        new("load: weighted, four wage subsidies outweigh six general questions",
            Case(Ws),
            [
                Bilal() with { OpenCases = OpenCaseCounts.Of(Ws, Ws, Ws, Ws) },
                David() with { OpenCases = OpenCaseCounts.Of(Gq, Gq, Gq, Gq, Gq, Gq) },
            ],
            "af-david", "routed to af-david: skill WageSubsidy, load 6/30"),

        // Follow-up affinity
        new("follow-up: back to the previous officer even when another is less loaded",
            FollowUp(Ws, "af-bilal"), [Anna(), Bilal(20), Cecilia(), David(3)],
            "af-bilal", "routed to af-bilal: previous officer (follow-up), load 20/30"),
        new("follow-up: a general question back to its previous officer",
            FollowUp(Gq, "af-anna"), [Anna(3), Bilal(1), Cecilia(0), David(2)],
            "af-anna", "routed to af-anna: previous officer (follow-up), load 3/30"),
        new("follow-up: the previous officer is absent",
            FollowUp(Ws, "af-bilal"), [Anna(), Bilal(0, AwayToday), Cecilia(), David(4)],
            "af-david", "routed to af-david: skill WageSubsidy, load 4/30; previous officer af-bilal absent"),
        new("follow-up: the previous officer is at the cap",
            FollowUp(Ws, "af-bilal"), [Anna(), Bilal(30), Cecilia(), David(10)],
            "af-david", "routed to af-david: skill WageSubsidy, load 10/30; previous officer af-bilal at cap"),
        new("follow-up: the previous officer lacks the skill for the new case type",
            FollowUp(Ws, "af-anna"), [Anna(), Bilal(5), Cecilia(), David(2)],
            "af-david", "routed to af-david: skill WageSubsidy, load 2/30; previous officer af-anna lacks skill WageSubsidy"),
        new("follow-up: the previous officer is no longer in the hub",
            FollowUp(Gq, "af-erik"), [Anna(4), Bilal(3), Cecilia(5), David(6)],
            "af-bilal", "routed to af-bilal: skill GeneralQuestion, load 3/30; previous officer af-erik not found"),
        new("follow-up: the previous officer is over the cap and so is everyone, least loaded wins and no affinity note",
            FollowUp(Ws, "af-bilal"), [Bilal(30), David(32)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 30/30 (all at cap); af-david at cap"),

        // Unit affinity
        new("unit: the unit's hub officer is preferred over a less loaded one",
            Case(Gq), [Anna(2), Bilal(1), Cecilia(12), David(3)],
            "af-cecilia", "routed to af-cecilia: unit's hub officer, load 12/30", Options: WithCeciliaAsSoderHub),
        new("unit: the hub officer lacks the skill",
            Case(Ws), [Anna(), Bilal(4), Cecilia(), David(6)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 4/30; hub officer af-cecilia lacks skill WageSubsidy",
            Options: WithCeciliaAsSoderHub),
        new("unit: the hub officer is absent",
            Case(Gq), [Anna(1), Bilal(2), Cecilia(0, Away(-2, 3)), David(3)],
            "af-anna", "routed to af-anna: skill GeneralQuestion, load 1/30; hub officer af-cecilia absent",
            Options: WithCeciliaAsSoderHub),
        new("unit: the hub officer is at the cap",
            Case(Ip), [Anna(9), Bilal(8), Cecilia(30), David(8)],
            "af-bilal", "routed to af-bilal: skill IndividualPlanning, load 8/30, tie with 1 other(s) broken by name; hub officer af-cecilia at cap",
            Options: WithCeciliaAsSoderHub),
        new("unit: only applies to its own unit",
            Case(Gq, "jobbtorg-norr"), [Anna(2), Bilal(1), Cecilia(0), David(3)],
            "af-cecilia", "routed to af-cecilia: skill GeneralQuestion, load 0/30", Options: WithCeciliaAsSoderHub),
        new("unit: follow-up affinity beats unit affinity",
            FollowUp(Gq, "af-anna"), [Anna(8), Bilal(4), Cecilia(2), David(4)],
            "af-anna", "routed to af-anna: previous officer (follow-up), load 8/30", Options: WithCeciliaAsSoderHub),
        new("unit: the previous officer is absent, so the hub officer gets it",
            FollowUp(Gq, "af-anna"), [Anna(0, AwayToday), Bilal(1), Cecilia(5), David(1)],
            "af-cecilia", "routed to af-cecilia: unit's hub officer, load 5/30; previous officer af-anna absent",
            Options: WithCeciliaAsSoderHub),
        new("unit: previous and hub officer are the same and at the cap, one note",
            FollowUp(Gq, "af-cecilia"), [Anna(6), Bilal(7), Cecilia(30), David(8)],
            "af-anna", "routed to af-anna: skill GeneralQuestion, load 6/30; previous officer af-cecilia at cap",
            Options: WithCeciliaAsSoderHub),
        new("unit: all at cap and the hub officer is least loaded, it gets the case by load, without an affinity note",
            Case(Gq), [Anna(31), Bilal(32), Cecilia(30), David(33)],
            "af-cecilia", "routed to af-cecilia: skill GeneralQuestion, load 30/30 (all at cap); af-anna at cap; af-bilal at cap; af-david at cap",
            Options: WithCeciliaAsSoderHub),

        // Absence
        new("absence: an absent officer is passed over and named",
            Case(Ws), [Anna(), Bilal(0, AwayToday), Cecilia(), David(9)],
            "af-david", "routed to af-david: skill WageSubsidy, load 9/30; af-bilal absent"),
        new("absence: absent and at-cap officers are both named",
            Case(Gq), [Anna(0, Away(-5, 5)), Bilal(30), Cecilia(5), David(7)],
            "af-cecilia", "routed to af-cecilia: skill GeneralQuestion, load 5/30; af-anna absent; af-bilal at cap"),
        new("absence: every skilled officer absent means no officer",
            Case(Dc), [Anna(), Bilal(0, AwayToday), Cecilia(), David(0, Away(-1, 1))],
            null, "unrouted: no present officer has the skill DisabilityCoding; af-bilal absent; af-david absent"),
        new("absence: the first day of an absence counts",
            Case(Ws), [Bilal(0, Away(0, 10)), David(5)],
            "af-david", "routed to af-david: skill WageSubsidy, load 5/30; af-bilal absent"),
        new("absence: the last day of an absence counts",
            Case(Ws), [Bilal(0, Away(-10, 0)), David(5)],
            "af-david", "routed to af-david: skill WageSubsidy, load 5/30; af-bilal absent"),
        new("absence: back the day after the absence ends",
            Case(Ws), [Bilal(0, Away(-10, -1)), David(5)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 0/30"),
        new("absence: an absence starting tomorrow does not count today",
            Case(Ws), [Bilal(0, Away(1, 10)), David(5)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 0/30"),
        new("absence: no officers at all means no officer",
            Case(Gq), [],
            null, "unrouted: no present officer has the skill GeneralQuestion"),

        // Priority travels with the decision and does not change it
        new("priority: wage subsidy starting in 14 days is urgent",
            Case(Ws) with { StartDate = Today.AddDays(14) }, [Bilal(3), David(4)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 3/30",
            CasePriority.Urgent, [PriorityRules.WageSubsidyStartsSoon]),
        new("priority: wage subsidy starting in 15 days is normal",
            Case(Ws) with { StartDate = Today.AddDays(15) }, [Bilal(3), David(4)],
            "af-bilal", "routed to af-bilal: skill WageSubsidy, load 3/30"),
        new("priority: nystartsjobb starting in 21 days is urgent",
            Case(Gq) with { IsNystartsjobb = true, StartDate = Today.AddDays(21) }, [Anna(2), Cecilia(1)],
            "af-cecilia", "routed to af-cecilia: skill GeneralQuestion, load 1/30",
            CasePriority.Urgent, [PriorityRules.NystartsjobbThreeWeeks]),
        new("priority: an avhoppare team case is high, routed by the usual rules",
            Case(Ip, "avhoppare"), [Anna(2), Cecilia(1)],
            "af-cecilia", "routed to af-cecilia: skill IndividualPlanning, load 1/30",
            CasePriority.High, [PriorityRules.AvhoppareTeam]),
        new("priority: a joint project case is normal while that rule is off",
            Case(Ip) with { ProjectId = "stockholmskraften" }, [Anna(2), Cecilia(1)],
            "af-cecilia", "routed to af-cecilia: skill IndividualPlanning, load 1/30"),
        new("priority: a joint project case is high with the rule on",
            Case(Ip) with { ProjectId = "stockholmskraften" }, [Anna(2), Cecilia(1)],
            "af-cecilia", "routed to af-cecilia: skill IndividualPlanning, load 1/30",
            CasePriority.High, [PriorityRules.JointProject],
            () => new RoutingPolicyOptions { Priority = { JointProjectEnabled = true } }),
        new("priority: several rules fire, the highest level wins and all are named, even when unrouted",
            Case(Ws, "avhoppare") with { StartDate = Today.AddDays(3), IsNystartsjobb = true }, [Anna(), Cecilia()],
            null, "unrouted: no present officer has the skill WageSubsidy",
            CasePriority.Urgent,
            [PriorityRules.WageSubsidyStartsSoon, PriorityRules.NystartsjobbThreeWeeks, PriorityRules.AvhoppareTeam]),
    ];

    public static TheoryData<string> Scenarios() => new(Rows.Select(r => r.Scenario));

    [Fact]
    public void The_table_has_a_unique_name_for_every_row()
    {
        Assert.Equal(Rows.Length, Rows.Select(r => r.Scenario).Distinct().Count());
        Assert.True(Rows.Length >= 25);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_row_routes_to_the_expected_officer_with_the_exact_reason_and_priority(string scenario)
    {
        var row = Rows.Single(r => r.Scenario == scenario);
        var options = row.Options?.Invoke() ?? new RoutingPolicyOptions();

        var outcome = RoutingPolicy.Route(row.Case, row.Officers, Today, options);

        Assert.Equal(row.Reason, outcome.Reason);
        Assert.Equal(row.Officer, outcome.OfficerId);
        Assert.Equal(row.Officer is not null, outcome.IsRouted);
        Assert.Equal(row.Priority, outcome.Priority.Level);
        Assert.Equal(row.Rules ?? [], outcome.Priority.FiredRules);
    }
}
