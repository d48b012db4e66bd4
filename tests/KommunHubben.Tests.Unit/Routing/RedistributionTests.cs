using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using static KommunHubben.Tests.Unit.Routing.RoutingFixtures;

namespace KommunHubben.Tests.Unit.Routing;

public sealed class RedistributionTests
{
    private static readonly RoutingPolicyOptions Defaults = new();

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:000000000000}");

    /// <summary>Bilal's 20 open cases: 6 wage subsidy, 6 disability coding, 4 general, 4 planning; every fifth urgent.</summary>
    private static CaseToRedistribute[] BilalsTwentyCases()
    {
        CaseType[] types =
        [
            .. Enumerable.Repeat(CaseType.WageSubsidy, 6), .. Enumerable.Repeat(CaseType.DisabilityCoding, 6),
            .. Enumerable.Repeat(CaseType.GeneralQuestion, 4), .. Enumerable.Repeat(CaseType.IndividualPlanning, 4),
        ];
        return types
            .Select((type, i) => new CaseToRedistribute(
                Id(i + 1), type, i % 2 == 0 ? "jobbtorg-soder" : "ek-farsta", i % 5 == 4 ? CasePriority.Urgent : CasePriority.Normal))
            .ToArray();
    }

    [Fact]
    public void An_absent_officers_twenty_cases_are_all_moved_respecting_skills_and_caps_and_spread_out()
    {
        var cases = BilalsTwentyCases();
        var anna = Officer("af-anna", "Anna Berg", 20, [CaseType.GeneralQuestion, CaseType.IndividualPlanning, CaseType.DisabilityCoding]);
        var cecilia = Cecilia(16);
        var david = David(10);
        OfficerState[] officers = [anna, Bilal(0, Away(0, 30)) with { OpenCases = OpenCaseCounts.Of(cases.Select(c => c.Type)) }, cecilia, david];

        var moves = RoutingPolicy.Redistribute("af-bilal", cases, officers, Today, Defaults);

        // every case kept, exactly one move each, all assigned, none back to Bilal
        Assert.Equal(20, moves.Count);
        Assert.Equal(cases.Select(c => c.CaseId).Order(), moves.Select(m => m.CaseId).Order());
        Assert.All(moves, m => Assert.Equal("af-bilal", m.FromOfficerId));
        Assert.All(moves, m => Assert.True(m.IsAssigned, m.Reason));
        Assert.All(moves, m => Assert.StartsWith($"moved to {m.ToOfficerId}: ", m.Reason));

        // the urgent ones are taken first
        Assert.Equal(
            cases.Where(c => c.Priority == CasePriority.Urgent).Select(c => c.CaseId),
            moves.Take(4).Select(m => m.CaseId));

        // skills and caps, replayed move by move
        var byId = officers.ToDictionary(o => o.OfficerId);
        var typeOf = cases.ToDictionary(c => c.CaseId, c => c.Type);
        var loads = new Dictionary<string, int> { ["af-anna"] = 20, ["af-cecilia"] = 16, ["af-david"] = 10 };
        foreach (var move in moves)
        {
            var type = typeOf[move.CaseId];
            Assert.Contains(type, byId[move.ToOfficerId!].Skills);
            Assert.True(loads[move.ToOfficerId!] < Defaults.Cap, move.Reason);
            Assert.DoesNotContain("all at cap", move.Reason);
            Assert.Contains($"load {loads[move.ToOfficerId!]}/30", move.Reason);
            loads[move.ToOfficerId!] += Defaults.WeightOf(type);
        }

        // spread: everyone takes a share and nobody ends over the cap. Without updating loads as it goes, David (the
        // least loaded at the start) would have taken every case he has the skill for and ended at 42.
        Assert.All(new[] { "af-anna", "af-cecilia", "af-david" }, id => Assert.Contains(moves, m => m.ToOfficerId == id));
        Assert.Equal(new Dictionary<string, int> { ["af-anna"] = 28, ["af-cecilia"] = 22, ["af-david"] = 28 }, loads);
        Assert.All(loads.Values, load => Assert.True(load <= Defaults.Cap));
    }

    [Fact]
    public void A_move_names_the_load_it_was_chosen_on_and_who_was_passed_over()
    {
        CaseToRedistribute[] cases =
        [
            new(Id(1), CaseType.GeneralQuestion, "ek-farsta", CasePriority.Normal),
            new(Id(2), CaseType.GeneralQuestion, "ek-farsta", CasePriority.Normal),
            new(Id(3), CaseType.GeneralQuestion, "ek-farsta", CasePriority.Normal),
        ];
        OfficerState[] officers = [Anna(5, AwayToday), Bilal(30), Cecilia(4), David(5)];

        var moves = RoutingPolicy.Redistribute("af-anna", cases, officers, Today, Defaults);

        Assert.Equal(
        [
            "moved to af-cecilia: skill GeneralQuestion, load 4/30; af-bilal at cap",
            "moved to af-cecilia: skill GeneralQuestion, load 5/30, tie with 1 other(s) broken by name; af-bilal at cap",
            "moved to af-david: skill GeneralQuestion, load 5/30; af-bilal at cap",
        ], moves.Select(m => m.Reason));
    }

    [Fact]
    public void A_case_no_present_officer_has_the_skill_for_comes_back_unassigned_and_is_not_dropped()
    {
        CaseToRedistribute[] cases =
        [
            new(Id(1), CaseType.WageSubsidy, "jobbtorg-city", CasePriority.Normal),
            new(Id(2), CaseType.GeneralQuestion, "jobbtorg-city", CasePriority.Normal),
        ];
        OfficerState[] officers = [Anna(2), Bilal(4, AwayToday), Cecilia(3), David(1, Away(-1, 7))];

        var moves = RoutingPolicy.Redistribute("af-bilal", cases, officers, Today, Defaults);

        Assert.Equal(2, moves.Count);
        Assert.False(moves[0].IsAssigned);
        Assert.Null(moves[0].ToOfficerId);
        Assert.Equal("unassigned: no present officer has the skill WageSubsidy; af-david absent", moves[0].Reason);
        Assert.Equal("moved to af-anna: skill GeneralQuestion, load 2/30; af-david absent", moves[1].Reason);
    }

    [Fact]
    public void When_everyone_left_is_at_the_cap_cases_overflow_to_the_least_loaded_and_say_so()
    {
        CaseToRedistribute[] cases =
        [
            new(Id(1), CaseType.DisabilityCoding, "ek-farsta", CasePriority.Normal),
            new(Id(2), CaseType.DisabilityCoding, "ek-farsta", CasePriority.Normal),
        ];
        OfficerState[] officers = [Bilal(12, AwayToday), David(30)];

        var moves = RoutingPolicy.Redistribute("af-bilal", cases, officers, Today, Defaults);

        Assert.Equal(
        [
            "moved to af-david: skill DisabilityCoding, load 30/30 (all at cap)",
            "moved to af-david: skill DisabilityCoding, load 32/30 (all at cap)",
        ], moves.Select(m => m.Reason));
    }

    [Fact]
    public void The_officer_being_relieved_never_receives_a_case_even_when_not_marked_absent()
    {
        CaseToRedistribute[] cases = [new(Id(1), CaseType.WageSubsidy, "ek-farsta", CasePriority.High)];
        OfficerState[] officers = [Bilal(0), David(25)];

        var move = Assert.Single(RoutingPolicy.Redistribute("af-bilal", cases, officers, Today, Defaults));

        Assert.Equal("af-david", move.ToOfficerId);
        Assert.Equal("moved to af-david: skill WageSubsidy, load 25/30", move.Reason);
    }

    [Fact]
    public void A_units_hub_officer_is_preferred_for_the_units_cases_while_under_the_cap()
    {
        var options = WithCeciliaAsSoderHub();
        CaseToRedistribute[] cases =
        [
            new(Id(1), CaseType.IndividualPlanning, "jobbtorg-soder", CasePriority.Normal),
            new(Id(2), CaseType.IndividualPlanning, "ek-farsta", CasePriority.Normal),
        ];
        OfficerState[] officers = [Anna(2), Bilal(0, AwayToday), Cecilia(9), David(6)];

        var moves = RoutingPolicy.Redistribute("af-bilal", cases, officers, Today, options);

        Assert.Equal("moved to af-cecilia: unit's hub officer, load 9/30", moves[0].Reason);
        Assert.Equal("moved to af-anna: skill IndividualPlanning, load 2/30", moves[1].Reason);
    }

    [Fact]
    public void Redistributing_nothing_gives_no_moves_and_the_officers_given_are_left_unchanged()
    {
        var david = David(3);

        Assert.Empty(RoutingPolicy.Redistribute("af-bilal", [], [david], Today, Defaults));
        RoutingPolicy.Redistribute("af-bilal", [new(Id(1), CaseType.GeneralQuestion, "x", CasePriority.Normal)], [david], Today, Defaults);
        Assert.Equal(3, david.OpenCases.Total);
    }
}
