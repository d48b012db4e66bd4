using System.Globalization;
using KommunHubben.Hosting;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace KommunHubben.Web;

/// <summary>
/// The web workspaces (Razor Pages under Pages/): one folder per role, each folder open only to its role. Pages call
/// the Application services directly, so a form gets exactly the API's rules and messages. This library holds the
/// pages, their stylesheets and scripts (wwwroot, served at /_content/KommunHubben.Web/) and the text catalogue; the
/// API host mounts it with <see cref="AddHubWeb"/> and <see cref="UseHubPageErrors"/> and maps the pages.
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
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            .ConfigureApplicationPartManager(AddPages);
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

    /// <summary>
    /// The pages are compiled into this library, not into the host. MVC finds a referenced Razor library through the
    /// [ApplicationPart] attributes the Web SDK writes into the entry assembly, which only a host built with that SDK
    /// and referencing this project carries; adding the library here finds the pages whichever assembly starts the
    /// process. Only when missing: the same library twice would register every page twice.
    /// </summary>
    private static void AddPages(ApplicationPartManager manager)
    {
        var library = typeof(WebServices).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == library)) return;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(library).GetApplicationParts(library))
            manager.ApplicationParts.Add(part);
    }

    /// <summary>Web workspace pages (everything outside the API, its document and the health check) answer errors with
    /// pages; the host's API answers keep their problem details (see KommunHubben.Api's ApiServices).</summary>
    public static bool IsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi")
        && !context.Request.Path.StartsWithSegments("/health");

    /// <summary>Pages answer errors with pages; /api answers keep their problem details (see ApiServices).</summary>
    public static void UseHubPageErrors(this IApplicationBuilder app) =>
        app.UseWhen(IsPage, pages =>
        {
            pages.UseExceptionHandler("/Error/500");
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
}
