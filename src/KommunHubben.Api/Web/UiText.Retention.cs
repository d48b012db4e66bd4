namespace KommunHubben.Api.Web;

/// <summary>Strings of the retention page (Pages/Admin/Retention): the schedule, legal holds and the deletion log.</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> RetentionFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["holdCaseId"] = ("Ärende-id", "Case id"),
        ["holdReason"] = ("Skäl till bevarande", "Reason for the hold"),
        ["liftReason"] = ("Skäl att häva", "Reason to lift"),
        ["confirmLift"] = ("Bekräftelse", "Confirmation"),
    };

    private static readonly Dictionary<string, (string, string)> RetentionKindLabels = new()
    {
        ["PersonalDetails"] = ("Personuppgifter (personnummer och uppgifter i ärendet)", "Personal details (identity number and case details)"),
        ["FreeText"] = ("Fritext i ärendets historik", "Free text in the case history"),
        ["DecisionContent"] = ("Beslutets innehåll", "Decision content"),
        ["Attachments"] = ("Bifogade filer", "Attachments"),
        ["Messages"] = ("Meddelanden i ärendet", "Messages on the case"),
        ["UnattachedUploads"] = ("Uppladdade filer som aldrig skickades", "Uploads never submitted"),
        ["RefusedSubmissions"] = ("Spår av stoppade inskick", "Traces of refused submissions"),
        ["Notifications"] = ("Aviseringar", "Notifications"),
        ["MessagingRows"] = ("Meddelandeköns in- och utkorgar", "Messaging inbox and outbox rows"),
    };

    public string RetentionKind(string code) => RetentionKindLabels.TryGetValue(code, out var l) ? S(l.Item1, l.Item2) : code;

    public string NavRetention => S("Gallring och bevarande", "Retention and legal holds");
    public string RetentionTitle => S("Gallring och bevarande", "Retention and legal holds");
    public string RetentionIntro => S(
        "Hubben gallrar personuppgifter i avslutade ärenden enligt gallringsplanen nedan. Ärendets nummer, typ, datum och statistik finns kvar. Ett ärende med bevarandebeslut gallras inte förrän beslutet hävs.",
        "The hub deletes personal data from finished cases by the schedule below. The case's number, type, dates and statistics remain. A case under legal hold is not deleted from until the hold is lifted.");
    public string RetentionScheduleHeading => S("Gallringsplan", "Retention schedule");
    public string RetentionKindHeading => S("Uppgifter", "Data");
    public string RetentionPeriodHeading => S("Gallras efter", "Deleted after");
    public string RetentionMonths(int? months) => months is { } m ? S($"{m} månader efter att ärendet avslutats", $"{m} months after the case was finished") : S("Gallras inte", "Kept");
    public string RetentionDays(int? days) => days is { } d ? S($"{d} dagar", $"{d} days") : S("Gallras inte", "Kept");
    public string RetentionHours(double hours) => S($"{hours:0} timmar", $"{hours:0} hours");
    public string HoldsHeading => S("Ärenden med bevarandebeslut", "Cases under legal hold");
    public string NoHolds => S("Inga ärenden har bevarandebeslut.", "No case is under legal hold.");
    public string SetHoldHeading => S("Besluta om bevarande", "Set a legal hold");
    public string SetHoldHint => S("Ange ärendets id, som det står i granskningsloggen eller ärendet.", "Give the case's id, as shown in the audit log or on the case.");
    public string HoldReasonHint => S("Till exempel: överklagande pågår, begäran om allmän handling.", "For example: an appeal is pending, a request for public documents.");
    public string SetHold => S("Spara bevarandebeslut", "Save legal hold");
    public string LiftHold => S("Häv bevarandebeslut", "Lift legal hold");
    public string LiftHoldLabel(string caseLabel) => S($"Häv bevarandebeslutet för ärende {caseLabel}", $"Lift the legal hold on case {caseLabel}");
    public string ConfirmLiftText => S(
        "Jag förstår att ärendets personuppgifter kan gallras direkt när beslutet hävs, och att det inte går att ångra.",
        "I understand that the case's personal data may be deleted as soon as the hold is lifted, and that this cannot be undone.");
    public string MustConfirm => S("måste bekräftas", "must be confirmed");
    public string HoldSet(string caseLabel) => S($"Bevarandebeslutet för ärende {caseLabel} är sparat. Ärendet gallras inte.", $"The legal hold on case {caseLabel} is saved. The case will not be deleted from.");
    public string HoldLifted(string caseLabel) => S($"Bevarandebeslutet för ärende {caseLabel} är hävt.", $"The legal hold on case {caseLabel} is lifted.");
    public string HoldNotFound => S("Det finns inget sådant ärende eller bevarandebeslut.", "There is no such case or legal hold.");
    public string SetByHeading => S("Beslutat av", "Set by");
    public string RetentionLogHeading => S("Gallringslogg (senaste 100)", "Deletion log (latest 100)");
    public string RetentionLogEmpty => S("Ingenting har gallrats ännu.", "Nothing has been deleted yet.");
    public string CountHeading => S("Antal", "Count");
}
