using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;

namespace KommunHubben.Tests.Unit.Routing;

public sealed class OpenCaseCountsTests
{
    [Fact]
    public void Counts_from_load_rows_weigh_as_the_same_cases_one_by_one()
    {
        var options = new RoutingPolicyOptions();
        var fromRows = OpenCaseCounts.From([(CaseType.WageSubsidy, 2), (CaseType.GeneralQuestion, 3), (CaseType.WageSubsidy, 1)]);
        var oneByOne = OpenCaseCounts.Of(CaseType.WageSubsidy, CaseType.GeneralQuestion, CaseType.WageSubsidy,
            CaseType.GeneralQuestion, CaseType.WageSubsidy, CaseType.GeneralQuestion);

        Assert.Equal(6, fromRows.Total);
        Assert.Equal(3, fromRows.CountOf(CaseType.WageSubsidy));
        Assert.Equal(0, fromRows.CountOf(CaseType.DisabilityCoding));
        Assert.Equal(3 * 2 + 3 * 1, fromRows.Weighted(options.WeightOf));
        Assert.Equal(fromRows.Weighted(options.WeightOf), oneByOne.Weighted(options.WeightOf));
    }

    [Fact]
    public void Plus_adds_one_case_and_leaves_the_counts_it_came_from_as_they_were()
    {
        var before = OpenCaseCounts.Of(CaseType.DisabilityCoding);

        var after = before.Plus(CaseType.DisabilityCoding).Plus(CaseType.IndividualPlanning);

        Assert.Equal(1, before.Total);
        Assert.Equal(3, after.Total);
        Assert.Equal(2, after.CountOf(CaseType.DisabilityCoding));
        Assert.Equal(0, OpenCaseCounts.None.Total);
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OpenCaseCounts.From([(CaseType.GeneralQuestion, -1)]));
    }
}
