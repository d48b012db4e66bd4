namespace KommunHubben.Web.Texts;

/// <summary>Strings of case identity (reference, summary, names), the officer's day and the contact person's "waiting for you".</summary>
public sealed partial class UiText
{
    // --- case identity ------------------------------------------------------------------------------------------
    public string ReferenceHeading => Text();
    public string CaseHeading => Text();
    public string NoReference => Text();
    public string SystemActor => Text();
    public string UnknownPerson => Text();
    public string CaseSummaryLine(string type, string subject, string unit) =>
        subject.Length == 0 ? $"{type} – {unit}" : $"{type}: {subject} – {unit}";

    // --- the officer's day --------------------------------------------------------------------------------------
    public string DayCountsHeading => Text();
    public string CountMine => Text();
    public string CountNew => Text();
    public string CountDueToday => Text();
    public string CountOverdue => Text();
    public string CountWaiting => Text();
    public string MarkSeen => Text();
    public string MarkedSeen => Text();
    public string NewMarker => Text();
    public string ChangedMarker => Text();
    public string NewMarkerHint => Text();
    public string QuickFilters => Text();
    public string AllCases => Text();
    public string ShowingFilter(string name) => Format("ShowingFilter", name);
    public string SortBy(string column) => Format("SortBy", column);
    public string SelectCase(string reference) => Format("SelectCase", reference);
    public string SelectHeading => Text();

    // --- search -------------------------------------------------------------------------------------------------
    public string SearchHeading => Text();
    public string SearchQuery => Text();
    public string SearchQueryHint => Text();
    public string SearchReason => Text();
    public string SearchReasonHint => Text();
    public string Search => Text();
    public string SearchResultsHeading(int count) => Format("SearchResultsHeading", count);
    public string SearchNothingFound => Text();
    public string SearchNeedsQuery => Text();
    public string SearchNotUnderstood => Text();
    public string SearchNeedsReason => Text();

    // --- bulk actions -------------------------------------------------------------------------------------------
    public string BulkClaim => Text();
    public string BulkHandOver => Text();
    public string BulkNoneSelected => Text();
    public string BulkResult(int done, int total, string action) => Format("BulkResult", done, total, action);
    public string BulkFailed(string reference, string why) => Format("BulkFailed", reference, why);
    public string Claimed => Text();
    public string HandedOver => Text();
    public string BulkOtherFirst => Text();

    // --- the shared queue ---------------------------------------------------------------------------------------
    public string PoolIntro => Text();
    /// <summary>Why a case is in the shared queue (Released, Absent, Inactive, NoOfficer), naming the officer it was placed with.</summary>
    public string PoolWhy(string code, string? officer) =>
        Format(code is "Released" or "Absent" or "Inactive" ? $"PoolWhy.{code}" : "PoolWhy.NoOfficer", officer);
    public string WhyListedHeading => Text();

    // --- the case page ------------------------------------------------------------------------------------------
    public string HolderReadReason => "handläggning av tilldelat ärende";
    public string HolderDetailsHint => Text();
    public string ChooseAction => Text();
    public string FilesHeading => Text();
    public string NoFiles => Text();
    public string FileNameHeading => Text();
    public string FileTypeHeading => Text();
    public string FileSizeHeading => Text();
    public string Download => Text();
    public string DownloadFile(string name) => Format("DownloadFile", name);
    public string FileNameHidden => Text();
    public string FileSize(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} kB" : $"{bytes / (1024.0 * 1024):0.0} MB";
    public string FileReadReason => "nedladdning av underlag";

    // --- confirmation -------------------------------------------------------------------------------------------
    public string AreYouSure => Text();
    public string WithdrawWhatHappens => Text();
    public string ConfirmWithdraw => Text();
    public string RejectWhatHappens(string reason) => Format("RejectWhatHappens", reason);
    public string ConfirmReject => Text();
    public string Cancel => Text();

    // --- the contact person -------------------------------------------------------------------------------------
    public string WaitingForYouHeading => Text();
    public string WaitingForYouIntro => Text();
    public string AnswerNow => Text();
    public string NothingWaiting => Text();
    public string UnreadNotices(int count) => count == 1 ? Text("UnreadNotices.One") : Format("UnreadNotices", count);
    public string OfficerAsked => Text();
    public string NoticeAbout(string reference, string summary) => $"{reference} – {summary}";
    public string MarkNoticesRead => Text();
    public string NoticesMarkedRead => Text();
    public string WithdrawTitle(string reference) => Format("WithdrawTitle", reference);
}
