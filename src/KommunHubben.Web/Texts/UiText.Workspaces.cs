using System.Globalization;

namespace KommunHubben.Web.Texts;

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
