using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using static KommunHubben.Tests.Unit.Routing.RoutingFixtures;

namespace KommunHubben.Tests.Unit.Routing;

public sealed class PriorityRulesTests
{
    private static readonly PriorityRulesOptions Defaults = new();

    private static PriorityAssessment Evaluate(CaseToRoute c, PriorityRulesOptions? options = null) =>
        PriorityRules.Evaluate(c, Today, options ?? Defaults);

    [Theory]
    [InlineData(-3, true)] // already started: late, still ahead
    [InlineData(0, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void A_wage_subsidy_starting_within_fourteen_days_is_urgent(int startsInDays, bool fires)
    {
        var result = Evaluate(Case(CaseType.WageSubsidy) with { StartDate = Today.AddDays(startsInDays) });

        Assert.Equal(fires ? CasePriority.Urgent : CasePriority.Normal, result.Level);
        Assert.Equal(fires ? [PriorityRules.WageSubsidyStartsSoon] : [], result.FiredRules);
    }

    [Fact]
    public void The_wage_subsidy_window_and_level_are_configurable()
    {
        var options = new PriorityRulesOptions { WageSubsidyStartWithinDays = 30, WageSubsidyStartLevel = CasePriority.High };

        var result = Evaluate(Case(CaseType.WageSubsidy) with { StartDate = Today.AddDays(30) }, options);

        Assert.Equal(CasePriority.High, result.Level);
    }

    [Fact]
    public void The_start_date_rule_applies_to_wage_subsidy_cases_only()
    {
        Assert.Equal(PriorityAssessment.Normal, Evaluate(Case(CaseType.IndividualPlanning) with { StartDate = Today }));
    }

    [Theory]
    [InlineData(21, true)]
    [InlineData(22, false)]
    public void A_nystartsjobb_starting_within_three_weeks_is_urgent(int startsInDays, bool fires)
    {
        var result = Evaluate(Case(CaseType.GeneralQuestion) with { IsNystartsjobb = true, StartDate = Today.AddDays(startsInDays) });

        Assert.Equal(fires ? [PriorityRules.NystartsjobbThreeWeeks] : [], result.FiredRules);
    }

    [Fact]
    public void A_nystartsjobb_without_a_start_date_or_an_unflagged_case_fires_nothing()
    {
        Assert.Empty(Evaluate(Case(CaseType.GeneralQuestion) with { IsNystartsjobb = true }).FiredRules);
        Assert.Empty(Evaluate(Case(CaseType.GeneralQuestion) with { StartDate = Today }).FiredRules);
    }

    [Fact]
    public void Cases_from_the_avhoppare_team_are_high_and_the_unit_is_configurable()
    {
        Assert.Equal(CasePriority.High, Evaluate(Case(CaseType.IndividualPlanning, "avhoppare")).Level);
        Assert.Equal(CasePriority.Normal, Evaluate(Case(CaseType.IndividualPlanning, "jobbtorg-unga")).Level);

        var moved = new PriorityRulesOptions { AvhoppareUnitId = "jobbtorg-unga" };
        Assert.Equal([PriorityRules.AvhoppareTeam], Evaluate(Case(CaseType.IndividualPlanning, "jobbtorg-unga"), moved).FiredRules);
        Assert.Empty(Evaluate(Case(CaseType.IndividualPlanning, "avhoppare"), new PriorityRulesOptions { AvhoppareUnitId = null }).FiredRules);
    }

    [Fact]
    public void The_joint_project_rule_is_off_by_default_and_can_be_limited_to_some_projects()
    {
        var tagged = Case(CaseType.GeneralQuestion) with { ProjectId = "kvinnors-etablering" };
        var anyProject = new PriorityRulesOptions { JointProjectEnabled = true };
        var onlyStockholmskraften = new PriorityRulesOptions { JointProjectEnabled = true, JointProjectIds = ["stockholmskraften"] };

        Assert.Empty(Evaluate(tagged).FiredRules);
        Assert.Equal([PriorityRules.JointProject], Evaluate(tagged, anyProject).FiredRules);
        Assert.Empty(Evaluate(tagged, onlyStockholmskraften).FiredRules);
        Assert.Empty(Evaluate(Case(CaseType.GeneralQuestion), anyProject).FiredRules);
    }

    [Fact]
    public void Rules_can_be_switched_off()
    {
        var off = new PriorityRulesOptions { WageSubsidyStartEnabled = false, NystartsjobbEnabled = false };

        var result = Evaluate(Case(CaseType.WageSubsidy) with { StartDate = Today, IsNystartsjobb = true }, off);

        Assert.Equal(PriorityAssessment.Normal, result);
    }

    [Fact]
    public void When_several_rules_fire_the_level_is_the_highest_and_all_are_named_in_rule_order()
    {
        var options = new PriorityRulesOptions { JointProjectEnabled = true, JointProjectLevel = CasePriority.High };
        var c = Case(CaseType.WageSubsidy, "avhoppare") with
        {
            StartDate = Today.AddDays(10), IsNystartsjobb = true, ProjectId = "stockholmskraften",
        };

        var result = Evaluate(c, options);

        Assert.Equal(CasePriority.Urgent, result.Level);
        Assert.Equal(
            [PriorityRules.WageSubsidyStartsSoon, PriorityRules.NystartsjobbThreeWeeks, PriorityRules.AvhoppareTeam, PriorityRules.JointProject],
            result.FiredRules);
    }
}
