using KommunHubben.Api.Web;
using Microsoft.Extensions.Options;

namespace KommunHubben.Api.Pages.About;

/// <summary>The accessibility statement (tillgänglighetsredogörelse, lag 2018:1937), following DIGG's template.</summary>
public sealed class AccessibilityModel(IOptions<OrganisationOptions> organisation) : AboutPageModel(organisation);
