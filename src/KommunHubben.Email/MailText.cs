using KommunHubben.Domain.Notifications;

namespace KommunHubben.Email;

/// <summary>
/// Every text of the hub's e-mail, in Swedish and English (the recipient's choice). Like the web catalogue, a typed
/// catalogue: a missing translation is a compile error. The mail worker runs outside the web host, so the few labels
/// it shares with the web pages (case types, notice kinds) are repeated here. Texts take codes and a reference, never
/// free text: nothing personal can reach a mail through them.
/// </summary>
public sealed class MailText(string language)
{
    public bool IsEnglish { get; } = language == "en";
    private string S(string sv, string en) => IsEnglish ? en : sv;

    public string Greeting => S("Hej!", "Hello,");
    public string Reference => S("Ärende", "Case");
    public string CaseType => S("Ärendetyp", "Case type");
    public string Unit => S("Enhet", "Unit");
    public string OpenCase => S("Öppna ärendet", "Open the case");
    public string NoPersonalData => S(
        "Av sekretesskäl står inga personuppgifter i det här meddelandet. Logga in i KommunHubben för att läsa ärendet.",
        "For confidentiality this message contains no personal details. Sign in to KommunHubben to read the case.");
    public string ChangeSettings(string link) => S(
        $"Du väljer vilka e-postmeddelanden du får under Inställningar: {link}",
        $"Choose which e-mails you get under Settings: {link}");
    public string Signature => S("Hälsningar, KommunHubben", "Regards, KommunHubben");

    public string ReceiptSubject(string reference) => S($"Kvitto: ärende {reference} har tagits emot", $"Receipt: case {reference} was received");
    public string ReceiptIntro => S("Ditt ärende har kommit fram till KommunHubben.", "Your case has reached KommunHubben.");
    public string ReceivedAt => S("Mottaget", "Received");
    public string OpenReceipt => S("Kvittot och ärendets status", "The receipt and the case's status");
    public string WhatHappensNext(int days) => days > 0
        ? S($"Vad händer nu: en handläggare på Arbetsförmedlingen tar upp ärendet inom {days} arbetsdagar. Du får e-post när handläggaren behöver något från dig och när ärendet är beslutat.",
            $"What happens next: an officer at Arbetsförmedlingen takes up the case within {days} working days. You get an e-mail when the officer needs something from you and when the case is decided.")
        : S("Vad händer nu: en handläggare på Arbetsförmedlingen tar upp ärendet. Du får e-post när handläggaren behöver något från dig och när ärendet är beslutat.",
            "What happens next: an officer at Arbetsförmedlingen takes up the case. You get an e-mail when the officer needs something from you and when the case is decided.");

    public string NoticeSubject(string kind, string reference) => $"{Notice(kind)} – {S("ärende", "case")} {reference}";

    public string DigestSubject(int count, DateOnly day) => S(
        $"KommunHubben {day:yyyy-MM-dd}: {count} {(count == 1 ? "ärende" : "ärenden")} att titta på",
        $"KommunHubben {day:yyyy-MM-dd}: {count} {(count == 1 ? "case" : "cases")} to look at");
    public string DigestIntro => S(
        "Här är dagens sammanfattning av ärenden som är nya, väntar på dig eller är försenade. De mest brådskande står först.",
        "Here is today's summary of cases that are new, waiting for you or overdue. The most urgent come first.");

    public string Section(NoticeCategory category, int count) => category switch
    {
        NoticeCategory.DeadlineBreached => S($"Försenade ({count})", $"Overdue ({count})"),
        NoticeCategory.WaitingForYou => S($"Väntar på dig ({count})", $"Waiting for you ({count})"),
        NoticeCategory.Decision => S($"Beslut ({count})", $"Decisions ({count})"),
        NoticeCategory.NewCase => S($"Nya ärenden ({count})", $"New cases ({count})"),
        _ => S($"Övrigt ({count})", $"Other ({count})"),
    };

    public string CaseTypeName(string code) => code switch
    {
        "GeneralQuestion" => S("Samverkansfråga", "General cooperation question"),
        "IndividualPlanning" => S("Individärende – planering", "Individual planning"),
        "DisabilityCoding" => S("Kodning av funktionsnedsättning", "Disability coding"),
        "WageSubsidy" => S("Lönebidrag", "Wage subsidy"),
        _ => code,
    };

    public string Notice(string kind) => kind switch
    {
        "NewCase" => S("Nytt ärende i din kö", "New case in your queue"),
        "SupplementRequested" => S("Handläggaren väntar på dig: komplettering begärd", "The officer is waiting for you: supplement requested"),
        "SupplementAnswered" => S("Kompletteringen är besvarad", "The supplement was answered"),
        "MessageReceived" => S("Nytt meddelande i ärendet", "New message on the case"),
        "CaseDecided" => S("Beslut i ärendet", "The case was decided"),
        "CaseStoppedConsentWithdrawn" => S("Ärendet stoppades: samtycket återkallades", "Case stopped: consent withdrawn"),
        "CaseStoppedConsentExpired" => S("Ärendet stoppades: samtycket har gått ut", "Case stopped: the consent has expired"),
        "ConsentExpiresSoon" => S("Samtycket går snart ut: be personen om ett nytt samtycke", "The consent ends soon: ask the person for a new consent"),
        "CaseRedistributedToYou" => S("Ärendet flyttades till dig", "The case was moved to you"),
        "FollowUp3Months" => S("Uppföljning efter 3 månader", "Follow-up after 3 months"),
        "FollowUp6Months" => S("Uppföljning efter 6 månader", "Follow-up after 6 months"),
        "SelfSufficiency6Months" => S("Kontroll av egen försörjning efter 6 månader", "Self-sufficiency check after 6 months"),
        "BreachFirstAction" => S("Tidsgräns för första åtgärd passerad", "First-action deadline passed"),
        "BreachDecision" => S("Tidsgräns för beslut passerad", "Decision deadline passed"),
        "BreachSupplementAnswer" => S("Tidsgräns för komplettering passerad", "Supplement deadline passed"),
        "ReminderFirstAction" => S("Påminnelse: första åtgärd", "Reminder: first action"),
        "ReminderDecision" => S("Påminnelse: beslut", "Reminder: decision"),
        "ReminderSupplementAnswer" => S("Påminnelse: komplettering", "Reminder: supplement"),
        _ => S("Något har hänt i ett ärende", "Something happened on a case"),
    };
}
