using KommunHubben.Domain.Indicators;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// What the coordinator's pages share: the year the figures are for (the same rule as the API's <c>year</c>: 2000–2100,
/// default this year in Stockholm) and the years offered in the selector. Every figure comes from the Reporting
/// queries the /api/v1/indicators endpoints use, so the pages and the API never disagree, suppression included.
/// </summary>
public abstract class CoordinatorPageModel(UiText text) : HubPageModel(text)
{
    public int Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Takes the asked year, or this year with the rule next to the field when it is out of range.</summary>
    protected bool ChooseYear(int? year)
    {
        var current = ReportingPeriod.Year(DateTime.UtcNow);
        Year = year ?? current;
        var valid = Year is >= 2000 and <= 2100;
        if (!valid)
        {
            Errors.AddWorded("year", T.YearRange);
            Year = current;
        }
        Years = Enumerable.Range(current - 4, 5).Append(Year).Distinct().OrderDescending().ToList();
        return valid;
    }
}
