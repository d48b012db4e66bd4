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
    public string ErrorSummaryTitle => S("Det finns fel som måste rättas", "There is a problem");
    public string Field => S("Fält", "Field");
    public string Notifications => S("Notiser", "Notifications");
    public string Workspace => S("Arbetsyta", "Workspace");

    public string NavCases => S("Ärenden", "Cases");
    public string NavNewCase => S("Nytt ärende", "New case");
    public string NavConsents => S("Samtycken", "Consents");
    public string NavQueue => S("Min kö", "My queue");
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
    public string AdminTitle => S("Administration", "Administration");
    public string AdminIntro => S("Användare och enheter, handläggarnas ärendetyper och frånvaro, routningsinställningar, felköer och granskningsloggen.",
        "Users and units, officers' skills and absence, routing settings, failed messages and the audit log.");
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

/// <summary>Strings of the contact person's forms.</summary>
public sealed partial class UiText
{
    public string NewCaseOf(string type) => S($"Nytt ärende: {type}", $"New case: {type}");
    public string ChooseCaseTypeIntro => S("Välj vilken sorts ärende du vill skicka till Arbetsförmedlingen.", "Choose what kind of case to send to Arbetsförmedlingen.");
    public string CaseTypeDescription(string type) => type switch
    {
        "GeneralQuestion" => S("En fråga om samverkan, rutiner, insatser eller inskrivning, eller en begäran om stöd. Personnummer behövs bara om frågan gäller en person.",
            "A question about cooperation, routines, efforts or registration, or a support request. A personal identity number is needed only if it is about a person."),
        "IndividualPlanning" => S("Gemensam planering för en person: möte, handlingsplan, aktivitetsrapporter eller inskrivningsstatus.",
            "Joint planning for a person: a meeting, an action plan, activity reports or registration status."),
        "DisabilityCoding" => S("Begäran om att AF kodar en funktionsnedsättning som sätter ned arbetsförmågan, med underlag.",
            "A request that AF codes a disability that reduces work capacity, with evidence."),
        "WageSubsidy" => S("Ansökan om lönebidrag för en anställning hos en arbetsgivare.", "An application for wage subsidy for a job with an employer."),
        _ => "",
    };
    public string ConsentNeededHint => S("Ett ärende om en person kräver ett registrerat samtycke som gäller ärendetypen.", "A case about a person needs a registered consent that covers the case type.");
    public string PersonSection => S("Person och projekt", "Person and project");
    public string PersonnummerHint => S("12 siffror, t.ex. 19900101-1234.", "12 digits, e.g. 19900101-1234.");
    public string PersonOptionalHint => S("Valfritt: fyll i bara om frågan gäller en viss person (12 siffror).", "Optional: only if the question is about one person (12 digits).");
    public string ProtectedIdentityLabel => S("Personen har skyddad identitet", "The person has a protected identity");
    public string ProtectedIdentityHint => S("Ärenden om personer med skyddad identitet får inte skickas digitalt.", "Cases about people with a protected identity must not be sent digitally.");
    public string NoProject => S("Inget projekt", "No project");
    public string SubmitCase => S("Skicka ärendet", "Send the case");
    public string ChooseAnotherType => S("Välj en annan ärendetyp", "Choose another case type");
    public string NoSensitiveDetailsHint => S("Skriv inte mer om personen än frågan kräver.", "Write no more about the person than the question needs.");
    public string MeetingTimesHint => S("Föreslå upp till tre mötestider.", "Propose up to three meeting times.");
    public string EvidenceRow(int number) => S($"Underlag {number}", $"Evidence {number}");
    public string EmploymentSection => S("Anställningen", "The employment");
    public string SupportSection => S("Funktionsnedsättning och anpassning", "Disability and adaptation");
    public string EarlierSection => S("Förlängning (bara om personen redan har lönebidrag)", "Extension (only if the person already has wage subsidy)");
    public string EarlierHint => S("Lämna tomt vid ett första beslut.", "Leave empty for a first decision.");
    public string OrganisationNumberHint => S("10 siffror, t.ex. 556677-8899.", "10 digits, e.g. 556677-8899.");
    public string OccupationHint => S("SSYK 2012, fyra siffror (t.ex. 5120 kockar och kallskänkor).", "SSYK 2012, four digits (e.g. 5120 cooks).");
    public string WageHint => S("Hela kronor per månad vid heltid eller den omfattning som anges.", "Whole kronor per month.");
    public string MonthsHint => S("Ett första beslut gäller högst 12 månader.", "A first decision covers at most 12 months.");
    public string DisabilityCodeHint => S("Lönebidrag kräver en redan kodad funktionsnedsättning.", "Wage subsidy needs an existing disability code.");
    public string Yes => S("Ja", "Yes");
    public string No => S("Nej", "No");
    public string CaseSubmitted => S("Ärendet är skickat. Det fördelas nu till en handläggare på Arbetsförmedlingen.", "The case was sent. It is now being routed to an officer at Arbetsförmedlingen.");
}

/// <summary>Strings of the case pages.</summary>
public sealed partial class UiText
{
    public string CaseTitle(string type) => S($"Ärende: {type}", $"Case: {type}");
    public string HistoryHeading => S("Historik", "History");
    public string DetailsHeading => S("Uppgifter i ärendet", "Case details");
    public string DecisionHeading => S("Beslut", "Decision");
    public string WhenHeading => S("När", "When");
    public string WhatHeading => S("Händelse", "Event");
    public string WhoHeading => S("Av", "By");
    public string NoteHeading => S("Anteckning", "Note");
    public string ProjectHeading => S("Projekt", "Project");
    public string OfficerHeading => S("Handläggare", "Officer");
    public string PriorityHeading => S("Prioritet", "Priority");
    public string DueHeading => S("Nästa tidsgräns", "Next deadline");
    public string UnitHeading => S("Enhet", "Unit");
    public string SubmittedByHeading => S("Inskickat av", "Submitted by");
    public string RoutingHeading => S("Fördelning", "Routing");
    public string ClosureHeading => S("Avslutsorsak", "Closure reason");
    public string SupplementRequestedHeading => S("Handläggaren begär komplettering", "The officer asks for a supplement");
    public string SendAnswer => S("Skicka svaret", "Send the answer");
    public string SupplementSent => S("Ditt svar är skickat till handläggaren.", "Your answer was sent to the officer.");
    public string WithdrawCase => S("Dra tillbaka ärendet", "Withdraw the case");
    public string WithdrawCaseHint => S("Ärendet avslutas och handläggaren får veta det. Det går inte att ångra.", "The case ends and the officer is told. This cannot be undone.");
    public string CaseWithdrawn => S("Ärendet är tillbakadraget.", "The case was withdrawn.");
    public string BackToCases => S("Tillbaka till ärendelistan", "Back to the case list");
    public string None => S("–", "–");
}

/// <summary>Strings of the consent register page.</summary>
public sealed partial class UiText
{
    public string ConsentIntro => S("Ett ärende om en person får bara skickas när personen har gett samtycke som gäller ärendetypen. Registrera samtycket här innan du skickar ärendet.",
        "A case about a person may only be sent with the person's consent covering the case type. Register the consent here before sending the case.");
    public string ConsentRegistered => S("Samtycket är registrerat.", "The consent was registered.");
    public string ConsentLookupHeading => S("Sök en persons samtycken", "Find a person's consents");
    public string ConsentLookupHint => S("Sökningen loggas. Personnumret skickas i formuläret, aldrig i adressen.", "The search is logged. The number is sent in the form, never in the address.");
    public string ConsentLookup => S("Sök samtycken", "Find consents");
    public string ConsentLookupFailed => S("kunde inte sökas", "could not be searched");
    public string ConsentsFound(int count) => S($"{count} samtycken hittades", $"{count} consents found");
    public string ValidUntilHeading => S("Gäller till", "Valid until");
    public string WithdrawConsent => S("Återkalla samtycket", "Withdraw the consent");
    public string ConsentInForce => S("Gäller", "In force");
    public string ConsentWithdrawnOn(string date) => S($"Återkallat {date}", $"Withdrawn {date}");
    public string ConsentWithdrawn(int casesStopped) => S($"Samtycket är återkallat. {casesStopped} öppna ärenden om personen stoppades.",
        $"The consent was withdrawn. {casesStopped} open cases about the person were stopped.");
}

public sealed partial class UiText
{
    public string NoNotifications => S("Du har inga notiser.", "You have no notifications.");
}

/// <summary>Strings of the officer's queue.</summary>
public sealed partial class UiText
{
    public string ClaimNext => S("Ta nästa ärende", "Claim next case");
    public string ClaimNextHint => S("Det mest brådskande oklarerade ärendet: först din egen kö, sedan AF-kön.", "The most urgent unclaimed case: your own queue first, then the AF queue.");
    public string CaseClaimed => S("Du har tagit ärendet.", "You claimed the case.");
    public string FilterHeading => S("Filtrera och sortera", "Filter and sort");
    public string Filter => S("Visa", "Show");
    public string All => S("Alla", "All");
    public string MyQueueHeading => S("Mina ärenden", "My cases");
    public string SharedQueueHeading => S("AF-kön (oklarerade ärenden)", "The AF queue (unclaimed cases)");
    public string QueueEmpty => S("Inga ärenden.", "No cases.");
    public string Breached => S("Försenat", "Overdue");
    public string Priority(int priority) => priority switch
    {
        >= 2 => S("Brådskande", "Urgent"),
        1 => S("Hög", "High"),
        _ => S("Normal", "Normal"),
    };
}

/// <summary>Strings of the officer's case page.</summary>
public sealed partial class UiText
{
    public string BackToQueue => S("Tillbaka till kön", "Back to the queue");
    public string DetailsHiddenHeading => S("Personuppgifterna är dolda", "The personal details are hidden");
    public string DetailsHiddenText => S("Personnummer, fritext och beslut visas först när du anger varför du behöver dem. Varje visning loggas med ditt skäl.",
        "The personal identity number, free text and decision are shown only when you say why you need them. Each showing is logged with your reason.");
    public string AccessReasonHint => S("T.ex. ”handläggning av ärendet”.", "E.g. “handling the case”.");
    public string ShowDetails => S("Visa", "Show");
    public string DetailsShownHint => S("Personuppgifterna visas för den här sidvisningen och har loggats med ditt skäl. De döljs igen när du lämnar sidan.",
        "The personal details are shown for this page view and were logged with your reason. They are hidden again when you leave the page.");
    public string ActionsHeading => S("Åtgärder", "Actions");
    public string ClaimCase => S("Ta ärendet", "Claim the case");
    public string RequestSupplement => S("Begär komplettering", "Ask for a supplement");
    public string SupplementRequested => S("Kompletteringsbegäran är skickad till kontaktpersonen.", "The supplement request was sent to the contact person.");
    public string Decide => S("Fatta beslut", "Decide");
    public string CaseDecided => S("Beslutet är registrerat och kontaktpersonen får besked.", "The decision was recorded and the contact person is told.");
    public string HandOver => S("Lämna över till en kollega", "Hand over to a colleague");
    public string CaseHandedOver => S("Ärendet är överlämnat.", "The case was handed over.");
    public string Release => S("Släpp tillbaka till AF-kön", "Release to the AF queue");
    public string CaseReleased => S("Ärendet ligger nu oklarerat i AF-kön.", "The case is now unclaimed in the AF queue.");
    public string Reject => S("Avvisa ärendet", "Reject the case");
    public string CaseRejected => S("Ärendet är avvisat.", "The case was rejected.");
    public string CloseCase => S("Avsluta ärendet", "Close the case");
    public string CaseClosed => S("Ärendet är avslutat.", "The case was closed.");
}
