using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Queries;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>Follow-ups 3 and 6 months after closure to work or studies, and self-sufficiency at 6 months: the
/// <see cref="FollowUpView"/> that GET /api/v1/indicators/follow-ups answers.</summary>
public sealed class FollowUpsModel(UiText text, IndicatorQueries queries) : CoordinatorPageModel(text)
{
    public FollowUpView FollowUps { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        ChooseYear(year);
        FollowUps = FollowUpView.From(await queries.FollowUpsAsync(Year, ct));
    }
}
