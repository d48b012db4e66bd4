using KommunHubben.Domain.Routing;

namespace KommunHubben.Tests.Unit.Routing;

public class FewestOpenCasesPolicyTests
{
    [Fact]
    public void The_officer_with_the_fewest_open_cases_gets_the_case()
    {
        var decision = FewestOpenCasesPolicy.Choose(
        [
            new OfficerLoad("af-a", "Anna", 5), new OfficerLoad("af-b", "Bilal", 2), new OfficerLoad("af-c", "Cecilia", 3),
        ]);

        Assert.Equal("af-b", decision.OfficerId);
        Assert.Equal("routed to af-b: fewest open cases (2)", decision.Reason);
    }

    [Fact]
    public void A_tie_goes_to_the_name_that_sorts_first_and_the_reason_says_so()
    {
        var decision = FewestOpenCasesPolicy.Choose(
        [
            new OfficerLoad("af-d", "David", 1), new OfficerLoad("af-c", "Cecilia", 1), new OfficerLoad("af-a", "Anna", 4),
        ]);

        Assert.Equal("af-c", decision.OfficerId);
        Assert.Equal("routed to af-c: fewest open cases (1), tie with 1 other(s) broken by name", decision.Reason);
    }

    [Fact]
    public void Routing_many_cases_in_turn_spreads_them_evenly()
    {
        var loads = new Dictionary<string, int> { ["af-a"] = 0, ["af-b"] = 0, ["af-c"] = 0, ["af-d"] = 0 };
        for (var i = 0; i < 40; i++)
        {
            var chosen = FewestOpenCasesPolicy.Choose(loads.Select(l => new OfficerLoad(l.Key, l.Key, l.Value)).ToArray());
            loads[chosen.OfficerId]++;
        }

        Assert.All(loads.Values, count => Assert.Equal(10, count));
    }

    [Fact]
    public void With_no_officer_the_policy_refuses_instead_of_guessing()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FewestOpenCasesPolicy.Choose([]));
        Assert.Contains("No officer", ex.Message);
    }
}
