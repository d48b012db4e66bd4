using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

[assembly: NeutralResourcesLanguage("sv")]

namespace KommunHubben.Api.Web;

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
    private static readonly ResourceManager Catalogue = new("KommunHubben.Api.Resources.UiText", typeof(UiText).Assembly);

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

/// <summary>Strings of the contact person's and the officer's workspaces.</summary>
public sealed partial class UiText
{
    public string Date(DateTime utc) => utc.ToLocalTime().ToString("d", CultureInfo.CurrentCulture);
    public string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
    public string DateTime(DateTime utc) => utc.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    public string UnitCasesTitle => Text();
    public string CasesHeading => Text();
    public string NoCasesYet => Text();
    public string CaseTypeHeading => Text();
    public string StatusHeading => Text();
    public string SubmittedHeading => Text();
    public string UpdatedHeading => Text();
    public string OutcomeHeading => Text();
    public string OpenCase => Text();
    public string FollowUpTasks => Text();
    public string RegisterConsent => Text();
}

/// <summary>Strings of the contact person's forms.</summary>
public sealed partial class UiText
{
    public string NewCaseOf(string type) => Format("NewCaseOf", type);
    public string ChooseCaseTypeIntro => Text();
    public string CaseTypeDescription(string type) => type switch
    {
        "GeneralQuestion" => Text("CaseTypeDescription.GeneralQuestion"),
        "IndividualPlanning" => Text("CaseTypeDescription.IndividualPlanning"),
        "DisabilityCoding" => Text("CaseTypeDescription.DisabilityCoding"),
        "WageSubsidy" => Text("CaseTypeDescription.WageSubsidy"),
        _ => "",
    };
    public string ConsentNeededHint => Text();
    public string PersonSection => Text();
    public string PersonnummerHint => Text();
    public string PersonOptionalHint => Text();
    public string ProtectedIdentityLabel => Text();
    public string ProtectedIdentityHint => Text();
    public string NoProject => Text();
    public string SubmitCase => Text();
    public string ChooseAnotherType => Text();
    public string NoSensitiveDetailsHint => Text();
    public string MeetingTimesHint => Text();
    public string EvidenceRow(int number) => Format("EvidenceRow", number);
    public string EmploymentSection => Text();
    public string SupportSection => Text();
    public string EarlierSection => Text();
    public string EarlierHint => Text();
    public string OrganisationNumberHint => Text();
    public string OccupationHint => Text();
    public string WageHint => Text();
    public string MonthsHint => Text();
    public string DisabilityCodeHint => Text();
    public string Yes => Text();
    public string No => Text();
    public string CaseSubmitted => Text();
    public string FileNotStored => Text();
}

/// <summary>Strings of the case pages.</summary>
public sealed partial class UiText
{
    public string CaseTitle(string type) => Format("CaseTitle", type);
    public string HistoryHeading => Text();
    public string DetailsHeading => Text();
    public string DecisionHeading => Text();
    public string WhenHeading => Text();
    public string WhatHeading => Text();
    public string WhoHeading => Text();
    public string NoteHeading => Text();
    public string ProjectHeading => Text();
    public string OfficerHeading => Text();
    public string PriorityHeading => Text();
    public string DueHeading => Text();
    public string UnitHeading => Text();
    public string SubmittedByHeading => Text();
    public string RoutingHeading => Text();
    public string ClosureHeading => Text();
    public string SupplementRequestedHeading => Text();
    public string SendAnswer => Text();
    public string SupplementSent => Text();
    public string WithdrawCase => Text();
    public string WithdrawCaseHint => Text();
    public string CaseWithdrawn => Text();
    public string BackToCases => Text();
    public string None => Text();
}

/// <summary>Strings of the consent register page.</summary>
public sealed partial class UiText
{
    public string ConsentIntro => Text();
    public string ConsentRegistered => Text();
    public string ConsentLookupHeading => Text();
    public string ConsentLookupHint => Text();
    public string ConsentLookup => Text();
    public string ConsentLookupFailed => Text();
    public string ConsentsFound(int count) => Format("ConsentsFound", count);
    public string ValidUntilHeading => Text();
    public string WithdrawConsent => Text();
    public string ConsentInForce => Text();
    public string ConsentWithdrawnOn(string date) => Format("ConsentWithdrawnOn", date);
    public string ConsentWithdrawn(int casesStopped) => Format("ConsentWithdrawn", casesStopped);
}

public sealed partial class UiText
{
    public string NoNotifications => Text();
}

/// <summary>Strings of the officer's queue.</summary>
public sealed partial class UiText
{
    public string ClaimNext => Text();
    public string ClaimNextHint => Text();
    public string CaseClaimed => Text();
    public string FilterHeading => Text();
    public string Filter => Text();
    public string All => Text();
    public string MyQueueHeading => Text();
    public string SharedQueueHeading => Text();
    public string QueueEmpty => Text();
    public string Breached => Text();
    public string Priority(int priority) => priority switch
    {
        >= 2 => Text("Priority.AtLeast2"),
        1 => Text("Priority.1"),
        _ => Text("Priority.Other"),
    };
}

/// <summary>Strings of the officer's case page.</summary>
public sealed partial class UiText
{
    public string BackToQueue => Text();
    public string DetailsHiddenHeading => Text();
    public string DetailsHiddenText => Text();
    public string AccessReasonHint => Text();
    public string ShowDetails => Text();
    public string DetailsShownHint => Text();
    public string ActionsHeading => Text();
    public string ClaimCase => Text();
    public string RequestSupplement => Text();
    public string SupplementRequested => Text();
    public string Decide => Text();
    public string CaseDecided => Text();
    public string HandOver => Text();
    public string CaseHandedOver => Text();
    public string Release => Text();
    public string CaseReleased => Text();
    public string Reject => Text();
    public string CaseRejected => Text();
    public string CloseCase => Text();
    public string CaseClosed => Text();
}
