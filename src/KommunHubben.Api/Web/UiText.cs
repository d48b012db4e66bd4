using System.Globalization;

namespace KommunHubben.Api.Web;

/// <summary>
/// Every visible string of the web workspaces, in Swedish (the default) and English, chosen by the request's UI
/// culture (the language switch sets it). One typed catalogue instead of resource files: a missing translation is a
/// compile error, not a blank label. Validation rules come from the domain as they are (English, naming the rule);
/// the field they belong to is named here.
/// </summary>
public sealed partial class UiText
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
    public string LanguageCode => IsEnglish ? "en" : "sv";

    private static string S(string sv, string en) => IsEnglish ? en : sv;

    // --- layout -------------------------------------------------------------------------------------------------
    public string AppName => "KommunHubben";
    public string Tagline => S("Samverkan Stockholms stad – Arbetsförmedlingen", "Stockholm city – Arbetsförmedlingen cooperation");
    public string SkipToContent => S("Hoppa till innehållet", "Skip to content");
    public string MainNavigation => S("Huvudmeny", "Main menu");
    public string SignedInAs(string user, string role) => S($"Inloggad som {user} ({role})", $"Signed in as {user} ({role})");
    public string SignOut => S("Logga ut", "Sign out");
    public string OtherLanguageName => S("English", "Svenska");
    public string OtherLanguageCode => S("en", "sv");
    public string OtherCulture => S("en-GB", "sv-SE");
    public string SwitchLanguage => S("Byt språk till engelska", "Switch language to Swedish");
    public string ErrorSummaryTitle => S("Det finns fel som måste rättas", "There is a problem");
    public string Field => S("Fält", "Field");
    public string Notifications => S("Notiser", "Notifications");
    public string Workspace => S("Arbetsyta", "Workspace");

    public string NavCases => S("Ärenden", "Cases");
    public string NavNewCase => S("Nytt ärende", "New case");
    public string NavConsents => S("Samtycken", "Consents");
    public string NavQueue => S("Min kö", "My queue");
    public string NavOverview => S("Översikt", "Overview");
    public string NavAdministration => S("Administration", "Administration");

    // --- sign-in ------------------------------------------------------------------------------------------------
    public string SignIn => S("Logga in", "Sign in");
    public string SignInDemoIntro => S(
        "Demoläge: välj en demoanvändare och logga in. Inget lösenord behövs. Den här inloggningen finns bara i demo och utveckling; en server i produktion vägrar starta med den.",
        "Demo mode: choose a demo user and sign in. No password is needed. This sign-in exists only in demo and development; a production server refuses to start with it.");
    public string DemoUser => S("Användare", "User");
    public string DemoUserHint => S("Kontaktpersoner hör till en enhet; handläggarna arbetar på Arbetsförmedlingen.", "Contact persons belong to a unit; the officers work at Arbetsförmedlingen.");
    public string SignInNotConfigured => S("Inloggning till webbytorna är inte konfigurerad på den här servern.", "Sign-in to the web workspaces is not configured on this server.");
    public string ChooseUser => S("Välj en användare", "Choose a user");
    public string SignedIn(string name) => S($"Du är inloggad som {name}.", $"You are signed in as {name}.");
    public string SignedOut => S("Du är utloggad.", "You are signed out.");
    public string UnknownUser => S("Användaren finns inte eller är inte aktiv.", "The user does not exist or is not active.");

    // --- errors -------------------------------------------------------------------------------------------------
    public string ErrorTitle(int status) => status switch
    {
        400 => S("Begäran kunde inte tas emot", "The request could not be accepted"),
        403 => S("Du har inte behörighet", "You do not have access"),
        404 => S("Sidan finns inte", "Page not found"),
        429 => S("För många försök", "Too many attempts"),
        >= 500 => S("Något gick fel hos oss", "Something went wrong on our side"),
        _ => S("Något gick fel", "Something went wrong"),
    };
    public string ErrorText(int status) => status switch
    {
        400 => S("Formuläret hade gått ut eller kom inte från den här sidan. Gå tillbaka, ladda om sidan och försök igen. Ingenting sparades.",
            "The form had expired or did not come from this page. Go back, reload the page and try again. Nothing was saved."),
        403 => S("Den här delen hör till en annan roll.", "This part belongs to another role."),
        404 => S("Det finns ingen sida eller inget ärende med den adressen som du kan se.", "There is no page or case at that address that you can see."),
        429 => S("Vänta en minut och försök igen.", "Wait a minute and try again."),
        >= 500 => S("Ingenting sparades till hälften. Försök igen om en stund.", "Nothing was half-saved. Try again in a moment."),
        _ => S("Gå tillbaka och försök igen.", "Go back and try again."),
    };
    public string BackToStart => S("Till startsidan", "To the start page");
    public string UnreadableValue => S("kunde inte läsas: ange ett tal eller datum i rätt form", "could not be read: enter a number or date in the right form");
    public string CaseNotFound => S("Ärendet finns inte eller är inte synligt för dig.", "The case does not exist or is not visible to you.");
    public string NothingLeftToClaim => S("Det finns inget oklarerat ärende i din kö eller i AF-kön.", "There is no unclaimed case in your queue or the AF queue.");
    public string Conflict(string reason) => S(
        $"Ärendet kunde inte ändras så här nu, och ingenting sparades. Någon annan kan ha ändrat det sedan du öppnade sidan: ladda om sidan och försök igen. ({reason})",
        $"The case could not be changed like this now, and nothing was saved. Someone else may have changed it since you opened the page: reload the page and try again. ({reason})");

    // --- landing pages ------------------------------------------------------------------------------------------
    public string CoordinatorTitle => S("Samordnarens översikt", "Coordinator overview");
    public string CoordinatorIntro => S("Här kommer volymer per ärendetyp och status, ledtider, öppna ärenden per handläggare och projekt. Inga personnummer visas i den här arbetsytan.",
        "Volumes per case type and status, lead times, open cases per officer and projects will appear here. No personal identity numbers are shown in this workspace.");
    public string AdminTitle => S("Administration", "Administration");
    public string AdminIntro => S("Här kommer användare och enheter, handläggarnas kompetenser och frånvaro, routningsinställningar, felköer och granskningsloggen.",
        "Users and units, officers' skills and absence, routing settings, error queues and the audit log will appear here.");
}

/// <summary>Strings of the contact person's and the officer's workspaces.</summary>
public sealed partial class UiText
{
    public string Date(DateTime utc) => utc.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);
    public string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
    public string DateTime(DateTime utc) => utc.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    public string UnitCasesTitle => S("Min enhets ärenden", "My unit's cases");
    public string CasesHeading => S("Ärenden", "Cases");
    public string NoCasesYet => S("Enheten har inga ärenden ännu.", "Your unit has no cases yet.");
    public string CaseTypeHeading => S("Ärendetyp", "Case type");
    public string StatusHeading => S("Status", "Status");
    public string SubmittedHeading => S("Inskickat", "Submitted");
    public string UpdatedHeading => S("Senast ändrat", "Last changed");
    public string OutcomeHeading => S("Beslut", "Decision");
    public string OpenCase => S("Öppna ärendet", "Open the case");
    public string FollowUpTasks => S("Uppföljningar att göra", "Follow-ups to do");
    public string RegisterConsent => S("Registrera samtycke", "Register consent");
}
