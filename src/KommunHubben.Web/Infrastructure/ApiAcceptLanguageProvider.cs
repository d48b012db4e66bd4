using Microsoft.AspNetCore.Localization;

namespace KommunHubben.Web.Infrastructure;

/// <summary>The API's language from the caller's Accept-Language header; pages ignore the header (their language is
/// the person's choice on the language switch).</summary>
public sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        WebServices.IsPage(httpContext) ? NullProviderCultureResult : base.DetermineProviderCultureResult(httpContext);
}
