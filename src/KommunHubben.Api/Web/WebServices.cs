using System.Globalization;
using KommunHubben.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Api.Web;

/// <summary>
/// The web workspaces (Razor Pages under Pages/): one folder per role, each folder open only to its role. Pages call
/// the Application services directly, so a form gets exactly the API's rules and messages.
/// </summary>
public static class WebServices
{
    public static readonly CultureInfo Swedish = new("sv-SE");
    public static readonly CultureInfo English = new("en-GB");

    public static void AddHubWeb(this WebApplicationBuilder builder)
    {
        var cookie = builder.Configuration.GetSection(PageCookieOptions.Section).Get<PageCookieOptions>() ?? new PageCookieOptions();
        var services = builder.Services;
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToFolder("/About"); // accessibility statement and privacy notice: for everyone
                o.Conventions.AuthorizeFolder("/Contact", nameof(Domain.Organisation.Role.ContactPerson));
                o.Conventions.AuthorizeFolder("/Officer", nameof(Domain.Organisation.Role.Officer));
                o.Conventions.AuthorizeFolder("/Coordinator", nameof(Domain.Organisation.Role.Coordinator));
                o.Conventions.AuthorizeFolder("/Admin", nameof(Domain.Organisation.Role.Administrator));
            })
            // The domain's validators are the only source of "required": the forms show their messages, not MVC's.
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddOptions<OrganisationOptions>().Bind(builder.Configuration.GetSection(OrganisationOptions.Section));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "khub.antiforgery";
            o.Cookie.SecurePolicy = cookie.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        // "Saved" messages travel to the next page in a short-lived cookie (post, redirect, get).
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "khub.status";
            o.Cookie.SecurePolicy = cookie.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.IsEssential = true;
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Swedish);
            // The neutral cultures too, so that an API caller's "en-US" or "sv" finds its language.
            o.SupportedCultures = o.SupportedUICultures = [Swedish, English, new CultureInfo("sv"), new CultureInfo("en")];
            // On pages only the person's own choice counts (the language switch), not the browser's Accept-Language;
            // the API answers in the caller's Accept-Language (Swedish when it names neither language).
            o.RequestCultureProviders = [new ApiAcceptLanguageProvider(), new CookieRequestCultureProvider()];
        });
        services.AddSingleton<UiText>();
        services.AddScoped<CaseNaming>();
        // Swedish letters as themselves in the HTML, not as numeric entities (still encoded where HTML needs it).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    }

    /// <summary>Pages answer errors with pages; /api answers keep their problem details (see ApiServices).</summary>
    public static void UseHubPageErrors(this IApplicationBuilder app) =>
        app.UseWhen(ApiServices.IsPage, pages =>
        {
            pages.UseExceptionHandler("/Error/500");
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
}
