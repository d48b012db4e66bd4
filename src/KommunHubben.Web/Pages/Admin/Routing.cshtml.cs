using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Domain.Routing;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// The routing configuration in force, read-only: load weights and cap, unit hub officers, priority rules, service
/// levels (SLA deadlines in working days) and the working-day calendar. They are configuration (Hub:Routing, Hub:Sla,
/// Hub:Calendar), read here from this host's settings, bound exactly as the workflow binds them; the page says where
/// to change them.
/// </summary>
public sealed class RoutingModel(UiText text, IOptions<RoutingPolicyOptions> routing, IConfiguration configuration) : HubPageModel(text)
{
    public RoutingPolicyOptions Routing { get; } = routing.Value;
    public SlaOptions Sla { get; } = configuration.GetSection(SlaOptions.Section).Get<SlaOptions>() ?? new SlaOptions();
    public WorkingDayCalendarOptions Calendar { get; } = configuration.GetSection(WorkingDayCalendarOptions.Section).Get<WorkingDayCalendarOptions>() ?? new WorkingDayCalendarOptions();

    public void OnGet() { }
}
