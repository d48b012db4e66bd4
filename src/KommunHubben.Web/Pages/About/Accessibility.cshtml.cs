using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.About;

/// <summary>The accessibility statement (tillgänglighetsredogörelse, lag 2018:1937), following DIGG's template.</summary>
public sealed class AccessibilityModel(IOptions<OrganisationOptions> organisation) : AboutPageModel(organisation);
