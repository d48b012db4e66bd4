namespace KommunHubben.Api.Web;

/// <summary>Strings of case identity (reference, summary, names), the officer's day and the contact person's "waiting for you".</summary>
public sealed partial class UiText
{
    // --- case identity ------------------------------------------------------------------------------------------
    public string ReferenceHeading => S("Ärendenummer", "Reference");
    public string CaseHeading => S("Ärende", "Case");
    public string NoReference => S("(utan nummer)", "(no number)");
    public string SystemActor => S("Hubben (automatiskt)", "The hub (automatic)");
    public string UnknownPerson => S("Okänd användare", "Unknown user");
    public string CaseSummaryLine(string type, string subject, string unit) =>
        subject.Length == 0 ? $"{type} – {unit}" : $"{type}: {subject} – {unit}";

    // --- the officer's day --------------------------------------------------------------------------------------
    public string DayCountsHeading => S("Din dag", "Your day");
    public string CountMine => S("Mina ärenden", "My cases");
    public string CountNew => S("Nya eller ändrade sedan du senast tittade", "New or changed since you last looked");
    public string CountDueToday => S("Förfaller i dag", "Due today");
    public string CountOverdue => S("Försenade", "Overdue");
    public string CountWaiting => S("Väntar på kontaktpersonen", "Waiting for the contact person");
    public string MarkSeen => S("Markera allt som sett", "Mark everything as seen");
    public string MarkedSeen => S("Allt i kön är markerat som sett.", "Everything in the queue is marked as seen.");
    public string NewMarker => S("Ny", "New");
    public string ChangedMarker => S("Ändrad", "Changed");
    public string NewMarkerHint => S("ny eller ändrad sedan du senast tittade", "new or changed since you last looked");
    public string QuickFilters => S("Snabbfilter", "Quick filters");
    public string AllCases => S("Alla", "All");
    public string ShowingFilter(string name) => S($"Visar: {name}", $"Showing: {name}");
    public string SortBy(string column) => S($"Sortera efter {column}", $"Sort by {column}");
    public string SelectCase(string reference) => S($"Välj ärende {reference}", $"Select case {reference}");
    public string SelectHeading => S("Välj", "Select");

    // --- search -------------------------------------------------------------------------------------------------
    public string SearchHeading => S("Sök ärende", "Find a case");
    public string SearchQuery => S("Ärendenummer eller personnummer", "Reference or personal identity number");
    public string SearchQueryHint => S("Till exempel KH-2026-000123 eller 19850615-2387.", "For example KH-2026-000123 or 19850615-2387.");
    public string SearchReason => S("Skäl för sökning på personnummer", "Reason for searching by personal identity number");
    public string SearchReasonHint => S("Behövs bara för personnummer: sökningen loggas som en läsning av personuppgifter.",
        "Needed only for a personal identity number: the search is logged as a read of personal details.");
    public string Search => S("Sök", "Search");
    public string SearchResultsHeading(int count) => S($"Sökträffar ({count})", $"Search results ({count})");
    public string SearchNothingFound => S("Inget ärende som du kan se matchar sökningen.", "No case you can see matches the search.");
    public string SearchNeedsQuery => S("måste fyllas i: ett ärendenummer (KH-år-nummer) eller ett personnummer", "must be given: a reference (KH-year-number) or a personal identity number");
    public string SearchNotUnderstood => S("är varken ett ärendenummer (KH-2026-000123) eller ett giltigt personnummer", "is neither a reference (KH-2026-000123) nor a valid personal identity number");
    public string SearchNeedsReason => S("måste fyllas i när du söker på personnummer", "must be given when you search by personal identity number");

    // --- bulk actions -------------------------------------------------------------------------------------------
    public string BulkClaim => S("Klarera valda ärenden", "Claim the selected cases");
    public string BulkHandOver => S("Lämna över valda ärenden", "Hand over the selected cases");
    public string BulkNoneSelected => S("Välj minst ett ärende i listan först.", "Select at least one case in the list first.");
    public string BulkResult(int done, int total, string action) => S($"{done} av {total} ärenden: {action}.", $"{done} of {total} cases: {action}.");
    public string BulkFailed(string reference, string why) => S($"{reference}: {why}", $"{reference}: {why}");
    public string Claimed => S("klarerade", "claimed");
    public string HandedOver => S("överlämnade", "handed over");
    public string BulkOtherFirst => S("någon annan hann före eller ärendet har ändrats", "someone else was first or the case has changed");

    // --- the shared queue ---------------------------------------------------------------------------------------
    public string PoolIntro => S("Oklarerade ärenden som ingen kollega har: släppta till AF-kön, eller hos en handläggare som är frånvarande eller inaktiv.",
        "Unclaimed cases no colleague has: released to the AF queue, or with an officer who is absent or inactive.");
    public string PoolWhy(string code, string? officer) => code switch
    {
        "Released" => S($"Släppt till AF-kön av {officer}", $"Released to the AF queue by {officer}"),
        "Absent" => S($"{officer} är frånvarande", $"{officer} is absent"),
        "Inactive" => S($"{officer} är inte aktiv", $"{officer} is not active"),
        _ => S("Ingen handläggare", "No officer"),
    };
    public string WhyListedHeading => S("Varför i AF-kön", "Why in the AF queue");

    // --- the case page ------------------------------------------------------------------------------------------
    public string HolderReadReason => "handläggning av tilldelat ärende";
    public string HolderDetailsHint => S("Du handlägger ärendet: uppgifterna visas direkt, och varje visning loggas.",
        "You hold this case: its details are shown directly, and each view is logged.");
    public string ChooseAction => S("Välj en åtgärd", "Choose an action");
    public string FilesHeading => S("Underlag (filer)", "Evidence files");
    public string NoFiles => S("Inga filer bifogade.", "No files attached.");
    public string FileNameHeading => S("Filnamn", "File name");
    public string FileTypeHeading => S("Typ", "Type");
    public string FileSizeHeading => S("Storlek", "Size");
    public string Download => S("Ladda ner", "Download");
    public string DownloadFile(string name) => S($"Ladda ner {name}", $"Download {name}");
    public string FileNameHidden => S("(visas med uppgifterna)", "(shown with the details)");
    public string FileSize(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} kB" : $"{bytes / (1024.0 * 1024):0.0} MB";
    public string FileReadReason => "nedladdning av underlag";

    // --- confirmation -------------------------------------------------------------------------------------------
    public string AreYouSure => S("Är du säker?", "Are you sure?");
    public string WithdrawWhatHappens => S("Ärendet dras tillbaka och Arbetsförmedlingen handlägger det inte mer. Det går inte att ångra: behövs det igen får du skicka ett nytt ärende.",
        "The case is withdrawn and Arbetsförmedlingen handles it no further. This cannot be undone: if it is needed again you must send a new case.");
    public string ConfirmWithdraw => S("Ja, dra tillbaka ärendet", "Yes, withdraw the case");
    public string RejectWhatHappens(string reason) => S($"Ärendet avvisas med skälet \"{reason}\" och kontaktpersonen får besked. Det går inte att ångra.",
        $"The case is rejected with the reason \"{reason}\" and the contact person is told. This cannot be undone.");
    public string ConfirmReject => S("Ja, avvisa ärendet", "Yes, reject the case");
    public string Cancel => S("Avbryt", "Cancel");

    // --- the contact person -------------------------------------------------------------------------------------
    public string WaitingForYouHeading => S("Väntar på dig", "Waiting for you");
    public string WaitingForYouIntro => S("Handläggaren har ställt en fråga och väntar på ditt svar.", "The officer has asked a question and is waiting for your answer.");
    public string AnswerNow => S("Svara", "Answer");
    public string NothingWaiting => S("Inget ärende väntar på dig just nu.", "No case is waiting for you right now.");
    public string UnreadNotices(int count) => S($"{count} olästa", $"{count} unread");
    public string OfficerAsked => S("Handläggaren frågar", "The officer asks");
    public string NoticeAbout(string reference, string summary) => $"{reference} – {summary}";
    public string MarkNoticesRead => S("Markera alla som lästa", "Mark all as read");
    public string NoticesMarkedRead => S("Alla notiser är markerade som lästa.", "All notices are marked as read.");
    public string WithdrawTitle(string reference) => S($"Dra tillbaka {reference}?", $"Withdraw {reference}?");
}
