namespace KommunHubben.Api.Web;

/// <summary>Strings of case identity (reference, summary, names), the officer's day and the contact person's "waiting for you".</summary>
public sealed partial class UiText
{
    // --- case identity ------------------------------------------------------------------------------------------
    public string ReferenceHeading => Text("ReferenceHeading");
    public string CaseHeading => Text("CaseHeading");
    public string NoReference => Text("NoReference");
    public string SystemActor => Text("SystemActor");
    public string UnknownPerson => Text("UnknownPerson");
    public string CaseSummaryLine(string type, string subject, string unit) =>
        subject.Length == 0 ? $"{type} – {unit}" : $"{type}: {subject} – {unit}";

    // --- the officer's day --------------------------------------------------------------------------------------
    public string DayCountsHeading => Text("DayCountsHeading");
    public string CountMine => Text("CountMine");
    public string CountNew => Text("CountNew");
    public string CountDueToday => Text("CountDueToday");
    public string CountOverdue => Text("CountOverdue");
    public string CountWaiting => Text("CountWaiting");
    public string MarkSeen => Text("MarkSeen");
    public string MarkedSeen => Text("MarkedSeen");
    public string NewMarker => Text("NewMarker");
    public string ChangedMarker => Text("ChangedMarker");
    public string NewMarkerHint => Text("NewMarkerHint");
    public string QuickFilters => Text("QuickFilters");
    public string AllCases => Text("AllCases");
    public string ShowingFilter(string name) => Format("ShowingFilter", name);
    public string SortBy(string column) => Format("SortBy", column);
    public string SelectCase(string reference) => Format("SelectCase", reference);
    public string SelectHeading => Text("SelectHeading");

    // --- search -------------------------------------------------------------------------------------------------
    public string SearchHeading => Text("SearchHeading");
    public string SearchQuery => Text("SearchQuery");
    public string SearchQueryHint => Text("SearchQueryHint");
    public string SearchReason => Text("SearchReason");
    public string SearchReasonHint => Text("SearchReasonHint");
    public string Search => Text("Search");
    public string SearchResultsHeading(int count) => Format("SearchResultsHeading", count);
    public string SearchNothingFound => Text("SearchNothingFound");
    public string SearchNeedsQuery => Text("SearchNeedsQuery");
    public string SearchNotUnderstood => Text("SearchNotUnderstood");
    public string SearchNeedsReason => Text("SearchNeedsReason");

    // --- bulk actions -------------------------------------------------------------------------------------------
    public string BulkClaim => Text("BulkClaim");
    public string BulkHandOver => Text("BulkHandOver");
    public string BulkNoneSelected => Text("BulkNoneSelected");
    public string BulkResult(int done, int total, string action) => Format("BulkResult", done, total, action);
    public string BulkFailed(string reference, string why) => Format("BulkFailed", reference, why);
    public string Claimed => Text("Claimed");
    public string HandedOver => Text("HandedOver");
    public string BulkOtherFirst => Text("BulkOtherFirst");

    // --- the shared queue ---------------------------------------------------------------------------------------
    public string PoolIntro => Text("PoolIntro");
    public string PoolWhy(string code, string? officer) => code switch
    {
        "Released" => Format("PoolWhy.0", officer),
        "Absent" => Format("PoolWhy.1", officer),
        "Inactive" => Format("PoolWhy.2", officer),
        _ => Text("PoolWhy.3"),
    };
    public string WhyListedHeading => Text("WhyListedHeading");

    // --- the case page ------------------------------------------------------------------------------------------
    public string HolderReadReason => "handläggning av tilldelat ärende";
    public string HolderDetailsHint => Text("HolderDetailsHint");
    public string ChooseAction => Text("ChooseAction");
    public string FilesHeading => Text("FilesHeading");
    public string NoFiles => Text("NoFiles");
    public string FileNameHeading => Text("FileNameHeading");
    public string FileTypeHeading => Text("FileTypeHeading");
    public string FileSizeHeading => Text("FileSizeHeading");
    public string Download => Text("Download");
    public string DownloadFile(string name) => Format("DownloadFile", name);
    public string FileNameHidden => Text("FileNameHidden");
    public string FileSize(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} kB" : $"{bytes / (1024.0 * 1024):0.0} MB";
    public string FileReadReason => "nedladdning av underlag";

    // --- confirmation -------------------------------------------------------------------------------------------
    public string AreYouSure => Text("AreYouSure");
    public string WithdrawWhatHappens => Text("WithdrawWhatHappens");
    public string ConfirmWithdraw => Text("ConfirmWithdraw");
    public string RejectWhatHappens(string reason) => Format("RejectWhatHappens", reason);
    public string ConfirmReject => Text("ConfirmReject");
    public string Cancel => Text("Cancel");

    // --- the contact person -------------------------------------------------------------------------------------
    public string WaitingForYouHeading => Text("WaitingForYouHeading");
    public string WaitingForYouIntro => Text("WaitingForYouIntro");
    public string AnswerNow => Text("AnswerNow");
    public string NothingWaiting => Text("NothingWaiting");
    public string UnreadNotices(int count) => Format("UnreadNotices", count);
    public string OfficerAsked => Text("OfficerAsked");
    public string NoticeAbout(string reference, string summary) => $"{reference} – {summary}";
    public string MarkNoticesRead => Text("MarkNoticesRead");
    public string NoticesMarkedRead => Text("NoticesMarkedRead");
    public string WithdrawTitle(string reference) => Format("WithdrawTitle", reference);
}
