using KommunHubben.Domain.Notifications;

namespace KommunHubben.Web.Texts;

/// <summary>Strings of the personal e-mail settings page, the receipt of a submission and the demo mailbox.</summary>
public sealed partial class UiText
{
    // --- e-mail settings (Pages/Settings) -------------------------------------------------------------------------
    public string NavSettings => Text();
    public string SettingsTitle => Text();
    public string SettingsTitleFor(string userId) => Format("SettingsTitleFor", userId);
    public string SettingsIntro => Text();
    public string AddressHint(string? fallback) => fallback is null ? Text("AddressHintNone") : Format("AddressHintFallback", fallback);
    public string DigestHourHint => Text();
    public string HourLabel(int hour) => $"{hour:00}:00";
    public string LanguageName(string code) => code == "en" ? "English" : "Svenska";
    public string SaveSettings => Text();
    public string SettingsSaved => Text();
    public string SettingsSavedFor(string userId) => Format("SettingsSavedFor", userId);
    public string EmailSettingsOf(string name) => Format("EmailSettingsOf", name);
    public string EmailSettingsLink => Text();
    public string NoticeCategoryName(NoticeCategory category) => Label("NoticeCategory", category.ToString());
    public string Delivery(MailDelivery delivery) => Label("MailDelivery", delivery.ToString());
    /// <summary>A settings rule by its code (MailSettingsStore's validation codes).</summary>
    public string SettingsRule(string code) => Label("SettingsRule", code);

    // --- the demo mailbox (embedded default, Pages/Admin/DemoMail) -----------------------------------------------------
    public string DemoMailTitle => Text();
    public string DemoMailIntro => Text();
    public string DemoMailOff => Text();
    public string DemoMailNone => Text();
    public string MailTo => Text();
    public string MailReceived => Text();

    // --- the receipt of a submission (Pages/Contact/Receipt) -----------------------------------------------------------
    public string ReceiptTitle(string reference) => Format("ReceiptTitle", reference);
    public string ReceiptIntro => Text();
    public string ReceiptReference => Text();
    public string ReceiptReceivedAt => Text();
    public string ReceiptUnit => Text();
    public string ReceiptStatus => Text();
    public string ReceiptWaiting => Text();
    public string ReceiptTakenUp(string at) => Format("ReceiptTakenUp", at);
    public string ReceiptNextHeading => Text();
    public string ReceiptNext(int days, DateOnly due) => Format("ReceiptNext", days, due.ToString("yyyy-MM-dd"));
    public string ReceiptOpenCase(string reference) => Format("ReceiptOpenCase", reference);
}
