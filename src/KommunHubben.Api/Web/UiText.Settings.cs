using KommunHubben.Domain.Notifications;

namespace KommunHubben.Api.Web;

/// <summary>Strings of the personal settings page (e-mail notices and digests) and the demo mailbox.</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> SettingsFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["address"] = ("E-postadress", "E-mail address"),
        ["language"] = ("Språk i e-post", "Language of e-mails"),
        ["digestHour"] = ("Klockslag för sammanfattningen", "Time of the summary"),
        ["deadlineBreached"] = ("En tidsgräns har passerats", "A deadline has passed"),
        ["waitingForYou"] = ("Någon väntar på dig", "Someone is waiting for you"),
        ["decision"] = ("Beslut i dina ärenden", "Decisions on your cases"),
        ["newCase"] = ("Nya ärenden i din kö", "New cases in your queue"),
        ["other"] = ("Övrigt", "Other"),
    };

    public string NavSettings => S("Inställningar", "Settings");
    public string SettingsTitle => S("Inställningar för e-post", "E-mail settings");
    public string SettingsTitleFor(string userId) => S($"Inställningar för e-post: {userId}", $"E-mail settings: {userId}");
    public string SettingsIntro => S(
        "Välj vilka händelser du vill få e-post om och hur. E-posten innehåller bara ärendenummer, ärendetyp, enhet och en länk – aldrig personuppgifter.",
        "Choose which events you get e-mail about, and how. The e-mails hold only the reference number, case type, unit and a link – never personal details.");
    public string AddressHint(string? fallback) => fallback is null
        ? S("Lämna tomt om du inte vill ha e-post.", "Leave empty if you want no e-mail.")
        : S($"Lämna tomt för att använda {fallback}.", $"Leave empty to use {fallback}.");
    public string DigestHourHint => S(
        "Sammanfattningen kommer en gång per arbetsdag (inte helger eller helgdagar), och bara när något väntar.",
        "The summary comes once per working day (not weekends or public holidays), and only when something is waiting.");
    public string HourLabel(int hour) => $"{hour:00}:00";
    public string LanguageName(string code) => code == "en" ? "English" : "Svenska";
    public string SaveSettings => S("Spara inställningarna", "Save the settings");
    public string SettingsSaved => S("Dina inställningar för e-post är sparade.", "Your e-mail settings are saved.");
    public string SettingsSavedFor(string userId) => S($"Inställningarna för {userId} är sparade.", $"The settings of {userId} are saved.");
    public string EmailSettingsOf(string userId) => S($"E-postinställningar för {userId}", $"E-mail settings of {userId}");
    public string EmailSettingsLink => S("E-post", "E-mail");

    public string NoticeCategoryName(NoticeCategory category) => category switch
    {
        NoticeCategory.DeadlineBreached => S("En tidsgräns har passerats", "A deadline has passed"),
        NoticeCategory.WaitingForYou => S("Någon väntar på dig (komplettering, påminnelse)", "Someone is waiting for you (supplement, reminder)"),
        NoticeCategory.Decision => S("Beslut i dina ärenden", "Decisions on your cases"),
        NoticeCategory.NewCase => S("Nya ärenden i din kö", "New cases in your queue"),
        _ => S("Övrigt (uppföljningar, stoppade ärenden)", "Other (follow-ups, stopped cases)"),
    };

    public string Delivery(MailDelivery delivery) => delivery switch
    {
        MailDelivery.Immediately => S("Direkt", "Immediately"),
        MailDelivery.DailyDigest => S("I en daglig sammanfattning", "In a daily summary"),
        _ => S("Ingen e-post", "No e-mail"),
    };

    public string SettingsRule(string code) => code switch
    {
        "NotAnAddress" => S("måste vara en e-postadress, till exempel namn@stockholm.se", "must be an e-mail address, for example name@stockholm.se"),
        "UnknownLanguage" => S("måste vara svenska eller engelska", "must be Swedish or English"),
        "HourOutOfRange" => S("måste vara ett klockslag mellan 00 och 23", "must be an hour from 00 to 23"),
        "UnknownDelivery" => S("måste vara ett av alternativen", "must be one of the choices"),
        _ => code,
    };

    // --- the demo mailbox (embedded default) ---------------------------------------------------------------------
    public string NavDemoMail => S("Demo-e-post", "Demo e-mail");
    public string DemoMailTitle => S("E-post som demoservern tagit emot", "E-mail the demo server received");
    public string DemoMailIntro => S(
        "I demoläget skickar hubben sin e-post till en SMTP-server i samma process. Här syns de senaste breven, nyast först. Sidan finns inte i produktion.",
        "In demo mode the hub sends its e-mail to an SMTP server in the same process. The latest mails are shown here, newest first. The page does not exist in production.");
    public string DemoMailOff => S("Demo-e-postservern är inte påslagen på den här servern.", "The demo mail server is not on for this server.");
    public string DemoMailNone => S("Inga brev ännu.", "No mails yet.");
    public string MailTo => S("Till", "To");
    public string MailSubject => S("Ämne", "Subject");
    public string MailReceived => S("Mottaget", "Received");

    // --- the receipt of a submission (Pages/Contact/Receipt) ---------------------------------------------------------
    public string ReceiptTitle(string reference) => S($"Kvitto: ärende {reference}", $"Receipt: case {reference}");
    public string ReceiptIntro => S(
        "Ditt ärende har tagits emot. Ange ärendenumret när du har kontakt med Arbetsförmedlingen om ärendet. Ett kvitto har också skickats till din e-post.",
        "Your case has been received. Quote the reference number whenever you contact Arbetsförmedlingen about it. A receipt was also sent to your e-mail.");
    public string ReceiptReference => S("Ärendenummer", "Reference number");
    public string ReceiptReceivedAt => S("Mottaget", "Received");
    public string ReceiptUnit => S("Enhet", "Unit");
    public string ReceiptStatus => S("Status", "Status");
    public string ReceiptWaiting => S("Väntar på att en handläggare tar upp ärendet", "Waiting for an officer to take up the case");
    public string ReceiptTakenUp(string at) => S($"Mottaget av handläggare {at}", $"Received by an officer {at}");
    public string ReceiptNextHeading => S("Vad händer nu?", "What happens next?");
    public string ReceiptNext(int days, DateOnly due) => S(
        $"En handläggare på Arbetsförmedlingen tar upp ärendet inom {days} arbetsdagar, senast {due:yyyy-MM-dd}. Du får e-post när handläggaren behöver något från dig och när ärendet är beslutat.",
        $"An officer at Arbetsförmedlingen takes up the case within {days} working days, by {due:yyyy-MM-dd} at the latest. You get an e-mail when the officer needs something from you and when the case is decided.");
    public string ReceiptOpenCase(string reference) => S($"Öppna ärende {reference}", $"Open case {reference}");
}
