using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.About;

/// <summary>The public "about" pages: open to everyone, signed in or not, with the organisation's own details.</summary>
public abstract class AboutPageModel(IOptions<OrganisationOptions> organisation) : PageModel
{
    public OrganisationOptions Organisation => organisation.Value;
}
