using KommunHubben.Application.Retention;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.About;

/// <summary>How the hub processes personal data (GDPR art. 13–14), with the retention period as configured.</summary>
public sealed class PrivacyModel(IOptions<OrganisationOptions> organisation, IOptions<RetentionOptions> retention) : AboutPageModel(organisation)
{
    public int? RetentionMonths => retention.Value.FinishedCases.PersonalDetailsMonths;
}
