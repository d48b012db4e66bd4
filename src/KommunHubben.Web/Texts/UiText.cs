using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

[assembly: NeutralResourcesLanguage("sv")]

namespace KommunHubben.Web.Texts;

// HOW TO ADD A TEXT: add a property (or method) here or in a UiText.<Area>.cs partial that calls Text() / Format(),
// and add an entry with the same key, the property's name, to BOTH Resources/UiText.resx (Swedish, the default) and
// Resources/UiText.en.resx (English):
//     public string SaveDraft => Text();                           <data name="SaveDraft"><value>Spara utkast</value>
//     public string CasesMoved(int n) => Format("CasesMoved", n);  <data name="CasesMoved"><value>{0} ärenden flyttades</value>
// Placeholders are {0}, {1} … by position, the same set in both files. Codes shown to users (statuses, outcomes …)
// are looked up as "<List>.<code>", e.g. "Status.Submitted". UiTextCatalogueTests fails on a key missing from either
// file, an empty value or differing placeholders.

/// <summary>
/// Every visible string of the web workspaces and the API's messages, from one resource catalogue per language
/// (Resources/UiText.resx is Swedish, the default; UiText.en.resx English), chosen by the request's UI culture (the
/// language switch or Accept-Language sets it). Pages call the typed members (<c>T.SignOut</c>); the domain hands over
/// codes and arguments, never sentences, and they are named here.
/// </summary>
public sealed partial class UiText
{
    private static readonly ResourceManager Catalogue = new("KommunHubben.Web.Resources.UiText", typeof(UiText).Assembly);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
    public string LanguageCode => IsEnglish ? "en" : "sv";

    /// <summary>The text of a key in the current UI culture; a key missing from the catalogue shows as itself (and fails the catalogue tests).</summary>
    public static string Text([CallerMemberName] string key = "") => Find(key) ?? key;

    /// <summary>A text with its placeholders {0}, {1} … filled in, formatted in the current culture.</summary>
    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Find(key) ?? key, args);

    /// <summary>The text of a key, or null when the catalogue has none.</summary>
    public static string? Find(string key) => Catalogue.GetString(key, CultureInfo.CurrentUICulture);

    // --- layout -------------------------------------------------------------------------------------------------
    public string AppName => "KommunHubben";
    public string Tagline => Text();
    public string SkipToContent => Text();
    public string MainNavigation => Text();
    public string SignedInAs(string user, string role) => Format("SignedInAs", user, role);
    public string SignOut => Text();
    public string OtherLanguageName => Text();
    public string OtherLanguageCode => Text();
    public string OtherCulture => Text();
    public string ErrorSummaryTitle => Text();
    public string Field => Text();
    public string Notifications => Text();
    public string Workspace => Text();

    public string NavCases => Text();
    public string NavNewCase => Text();
    public string NavConsents => Text();
    public string NavQueue => Text();
    public string NavAdministration => Text();

    // --- sign-in ------------------------------------------------------------------------------------------------
    public string SignIn => Text();
    public string SignInDemoIntro => Text();
    public string DemoUser => Text();
    public string DemoUserHint => Text();
    public string SignInNotConfigured => Text();
    public string ChooseUser => Text();
    public string SignedIn(string name) => Format("SignedIn", name);
    public string SignedOut => Text();
    public string UnknownUser => Text();

    // --- errors -------------------------------------------------------------------------------------------------
    public string ErrorTitle(int status) => status switch
    {
        400 => Text("ErrorTitle.400"),
        403 => Text("ErrorTitle.403"),
        404 => Text("ErrorTitle.404"),
        429 => Text("ErrorTitle.429"),
        >= 500 => Text("ErrorTitle.AtLeast500"),
        _ => Text("ErrorTitle.Other"),
    };
    public string ErrorText(int status) => status switch
    {
        400 => Text("ErrorText.400"),
        403 => Text("ErrorText.403"),
        404 => Text("ErrorText.404"),
        429 => Text("ErrorText.429"),
        >= 500 => Text("ErrorText.AtLeast500"),
        _ => Text("ErrorText.Other"),
    };
    public string BackToStart => Text();
    public string UnreadableValue => Text();
    public string CaseNotFound => Text();
    public string NothingLeftToClaim => Text();

    // --- landing pages ------------------------------------------------------------------------------------------
    public string AdminTitle => Text();
    public string AdminIntro => Text();
}
