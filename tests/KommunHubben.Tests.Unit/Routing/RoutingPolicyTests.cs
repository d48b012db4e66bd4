using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using static KommunHubben.Tests.Unit.Routing.RoutingFixtures;

namespace KommunHubben.Tests.Unit.Routing;

public sealed class RoutingPolicyTests
{
    private static readonly RoutingPolicyOptions Defaults = new();

    [Fact]
    public void An_officer_absent_today_but_back_tomorrow_gets_nothing_today_and_the_case_tomorrow()
    {
        OfficerState[] officers = [Bilal(2, Away(-3, 0)), David(9)];

        var today = RoutingPolicy.Route(Case(CaseType.WageSubsidy), officers, Today, Defaults);
        var tomorrow = RoutingPolicy.Route(Case(CaseType.WageSubsidy), officers, Today.AddDays(1), Defaults);

        Assert.Equal("routed to af-david: skill WageSubsidy, load 9/30; af-bilal absent", today.Reason);
        Assert.Equal("routed to af-bilal: skill WageSubsidy, load 2/30", tomorrow.Reason);
    }

    [Theory]
    [InlineData(-1, true)] // the day before the absence: present
    [InlineData(0, false)] // first day: absent
    [InlineData(2, false)] // inside
    [InlineData(4, false)] // last day: absent
    [InlineData(5, true)] // the day after: present again
    public void Absence_boundaries_are_inclusive_at_both_ends(int daysAfterStart, bool present)
    {
        var start = new DateOnly(2026, 6, 1);
        var absence = new AbsencePeriod(start, start.AddDays(4));
        var day = start.AddDays(daysAfterStart);
        OfficerState[] officers =
        [
            Officer("af-bilal", "Bilal Haddad", 0, AllTypes, absence),
            Officer("af-david", "David Ek", 5, AllTypes),
        ];

        var outcome = RoutingPolicy.Route(Case(CaseType.DisabilityCoding), officers, day, Defaults);

        Assert.Equal(!present, absence.Covers(day));
        Assert.Equal(present ? "af-bilal" : "af-david", outcome.OfficerId);
    }

    [Fact]
    public void An_absence_ending_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new AbsencePeriod(Today, Today.AddDays(-1)));
    }

    [Fact]
    public void An_officer_with_several_absences_is_away_in_each_and_present_between()
    {
        var bilal = Bilal(0, Away(0, 1), Away(5, 6));

        Assert.True(bilal.IsAbsentOn(Today));
        Assert.False(bilal.IsAbsentOn(Today.AddDays(3)));
        Assert.True(bilal.IsAbsentOn(Today.AddDays(6)));
    }

    [Fact]
    public void Weights_change_the_choice_between_few_heavy_cases_and_many_light_ones()
    {
        OfficerState[] officers =
        [
            Bilal() with { OpenCases = OpenCaseCounts.Of(CaseType.WageSubsidy, CaseType.WageSubsidy, CaseType.DisabilityCoding) },
            David() with { OpenCases = OpenCaseCounts.Of(Enumerable.Repeat(CaseType.GeneralQuestion, 5)) },
        ];
        var flat = new RoutingPolicyOptions { Weights = { [CaseType.WageSubsidy] = 1, [CaseType.DisabilityCoding] = 1 } };
        var heavy = new RoutingPolicyOptions { Weights = { [CaseType.WageSubsidy] = 3 } };

        var byDefault = RoutingPolicy.Route(Case(CaseType.GeneralQuestion), officers, Today, Defaults);
        var byCount = RoutingPolicy.Route(Case(CaseType.GeneralQuestion), officers, Today, flat);
        var byHeavy = RoutingPolicy.Route(Case(CaseType.GeneralQuestion), officers, Today, heavy);

        // default 2+2+2 = 6 against 5; counted flat 3 against 5; wage subsidy at 3: 3+3+2 = 8 against 5
        Assert.Equal("routed to af-david: skill GeneralQuestion, load 5/30", byDefault.Reason);
        Assert.Equal("routed to af-bilal: skill GeneralQuestion, load 3/30", byCount.Reason);
        Assert.Equal("routed to af-david: skill GeneralQuestion, load 5/30", byHeavy.Reason);
    }

    [Fact]
    public void A_case_type_missing_from_the_weights_weighs_one()
    {
        var options = new RoutingPolicyOptions { Weights = [] };

        Assert.Equal(1, options.WeightOf(CaseType.WageSubsidy));
        Assert.Equal(3, (Bilal() with { OpenCases = OpenCaseCounts.Of(CaseType.WageSubsidy, CaseType.WageSubsidy, CaseType.GeneralQuestion) }).WeightedLoad(options));
    }

    [Fact]
    public void A_lower_cap_sends_a_follow_up_away_from_a_previous_officer_who_reached_it_and_overflows_when_all_reached_it()
    {
        var followUp = Case(CaseType.WageSubsidy) with { PreviousOfficerId = "af-bilal" };
        OfficerState[] officers = [Bilal(10), David(6)];

        var normal = RoutingPolicy.Route(followUp, officers, Today, Defaults);
        var capTen = RoutingPolicy.Route(followUp, officers, Today, new RoutingPolicyOptions { Cap = 10 });
        var capSix = RoutingPolicy.Route(followUp, officers, Today, new RoutingPolicyOptions { Cap = 6 });

        Assert.Equal("routed to af-bilal: previous officer (follow-up), load 10/30", normal.Reason);
        Assert.Equal("routed to af-david: skill WageSubsidy, load 6/10; previous officer af-bilal at cap", capTen.Reason);
        Assert.Equal("routed to af-david: skill WageSubsidy, load 6/6 (all at cap); previous officer af-bilal at cap", capSix.Reason);
        Assert.True(capSix.IsRouted);
    }

    [Fact]
    public void Routing_case_after_case_fills_everyone_to_the_cap_before_anyone_goes_over_it()
    {
        var loads = new Dictionary<string, int> { ["af-bilal"] = 0, ["af-david"] = 20 };
        var overflowReasons = new List<string>();

        for (var i = 0; i < 25; i++)
        {
            OfficerState[] officers = [Bilal(loads["af-bilal"]), David(loads["af-david"])];
            var outcome = RoutingPolicy.Route(Case(CaseType.GeneralQuestion), officers, Today, new RoutingPolicyOptions { Cap = 20 });
            var before = loads[outcome.OfficerId!];
            if (outcome.Reason.Contains("(all at cap)"))
                overflowReasons.Add(outcome.Reason);
            else
                Assert.True(before < 20, outcome.Reason);
            loads[outcome.OfficerId!]++;
        }

        // 20 cases fill Bilal to the cap; the last 5 overflow, spread by load between the two.
        Assert.Equal(5, overflowReasons.Count);
        Assert.Equal(
            "routed to af-bilal: skill GeneralQuestion, load 20/20 (all at cap), tie with 1 other(s) broken by name; af-david at cap",
            overflowReasons[0]);
        Assert.Equal(23, loads["af-bilal"]);
        Assert.Equal(22, loads["af-david"]);
    }

    [Fact]
    public void With_no_skilled_officer_present_the_outcome_says_so_without_an_exception()
    {
        var outcome = RoutingPolicy.Route(
            Case(CaseType.WageSubsidy) with { StartDate = Today },
            [Anna(), Bilal(0, AwayToday), Cecilia(), David(0, AwayToday)], Today, Defaults);

        Assert.False(outcome.IsRouted);
        Assert.Null(outcome.OfficerId);
        Assert.Equal("unrouted: no present officer has the skill WageSubsidy; af-bilal absent; af-david absent", outcome.Reason);
        Assert.Equal(CasePriority.Urgent, outcome.Priority.Level);
    }

    [Fact]
    public void Ties_in_load_and_name_are_broken_by_id()
    {
        OfficerState[] officers =
        [
            Officer("af-x2", "Kim", 1, AllTypes),
            Officer("af-x1", "Kim", 1, AllTypes),
        ];

        var outcome = RoutingPolicy.Route(Case(CaseType.GeneralQuestion), officers, Today, Defaults);

        Assert.Equal("af-x1", outcome.OfficerId);
    }

    [Fact]
    public void The_same_input_gives_the_same_outcome_whatever_the_order_of_officers()
    {
        OfficerState[] officers = [Anna(3), Bilal(3, AwayToday), Cecilia(3), David(30)];
        var reversed = officers.Reverse().ToArray();

        var first = RoutingPolicy.Route(Case(CaseType.IndividualPlanning), officers, Today, Defaults);
        var second = RoutingPolicy.Route(Case(CaseType.IndividualPlanning), reversed, Today, Defaults);

        Assert.Equal(first.Reason, second.Reason);
        Assert.Equal(
            "routed to af-anna: skill IndividualPlanning, load 3/30, tie with 1 other(s) broken by name; af-bilal absent; af-david at cap",
            first.Reason);
    }

    [Fact]
    public void An_officer_listed_twice_is_refused_as_bad_input()
    {
        Assert.Throws<ArgumentException>(() =>
            RoutingPolicy.Route(Case(CaseType.GeneralQuestion), [Anna(), Anna(3)], Today, Defaults));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(30, -1)]
    public void Unusable_options_are_refused(int cap, int wageSubsidyWeight)
    {
        var options = new RoutingPolicyOptions { Cap = cap, Weights = { [CaseType.WageSubsidy] = wageSubsidyWeight } };

        Assert.Throws<ArgumentException>(() => RoutingPolicy.Route(Case(CaseType.GeneralQuestion), [Anna()], Today, options));
    }
}
