using KommunHubben.Web.Infrastructure;

namespace KommunHubben.Web.Texts;

/// <summary>Strings of the public pages (Pages/About): the accessibility statement and the privacy notice.</summary>
public sealed partial class UiText
{
    public string FooterNavigation => Text("FooterNavigation");
    public string EmailLabel => Text("EmailLabel");
    public string PhoneLabel => Text("PhoneLabel");

    // --- Accessibility statement (DIGG's template) ---
    public string AccessibilityTitle => Text("AccessibilityTitle");
    public string AccessibilityIntro(string controller) => Format("AccessibilityIntro", controller);
    public string HowAccessibleHeading => Text("HowAccessibleHeading");
    public string HowAccessible(ConformanceStatus status) => status switch
    {
        ConformanceStatus.Full => Text("HowAccessible"),
        ConformanceStatus.Partial => Text("HowAccessible2"),
        _ => Text("HowAccessible3"),
    };
    public IReadOnlyList<string> KnownShortcomings =>
    [
        Text("KnownShortcomings"),
        Text("KnownShortcomings2"),
    ];
    public string IfYouCannotUseHeading => Text("IfYouCannotUseHeading");
    public string IfYouCannotUse => Text("IfYouCannotUse");
    public string ReportProblemHeading => Text("ReportProblemHeading");
    public string ReportProblem => Text("ReportProblem");
    public string SupervisionHeading => Text("SupervisionHeading");
    public string Supervision => Text("Supervision");
    public string ReportToDigg => Text("ReportToDigg");
    public string TechnicalInformationHeading => Text("TechnicalInformationHeading");
    public string TechnicalInformation(ConformanceStatus status) => status switch
    {
        ConformanceStatus.Full => Text("TechnicalInformation"),
        ConformanceStatus.Partial => Text("TechnicalInformation2"),
        _ => Text("TechnicalInformation3"),
    };
    public string NotAccessibleHeading => Text("NotAccessibleHeading");
    public string NotAccessibleIntro => Text("NotAccessibleIntro");
    public IReadOnlyList<string> ShortcomingsInDetail =>
    [
        Text("ShortcomingsInDetail"),
    ];
    public string HowTestedHeading => Text("HowTestedHeading");
    public string HowTested(string controller) => Format("HowTested", controller);
    public string AssessedOn(DateOnly date) => Format("AssessedOn", date);
    public string StatementUpdatedOn(DateOnly date) => Format("StatementUpdatedOn", date);

    // --- Privacy notice ---
    public string PrivacyTitle => Text("PrivacyTitle");
    public string PrivacyIntro => Text("PrivacyIntro");
    public string ControllerHeading => Text("ControllerHeading");
    public string Controller(string name, string organisationNumber, string address) => Format("Controller", name, organisationNumber, address);
    public string PurposesHeading => Text("PurposesHeading");
    public IReadOnlyList<string> Purposes =>
    [
        Text("Purposes"),
        Text("Purposes2"),
        Text("Purposes3"),
    ];
    public string WhatDataHeading => Text("WhatDataHeading");
    public string WhatData => Text("WhatData");
    public string LegalBasisHeading => Text("LegalBasisHeading");
    public IReadOnlyList<string> LegalBasis =>
    [
        Text("LegalBasis"),
        Text("authority"),
        Text("authority2"),
        Text("authority3"),
    ];
    public string RecipientsHeading => Text("RecipientsHeading");
    public IReadOnlyList<string> Recipients =>
    [
        Text("Recipients"),
        Text("Recipients2"),
        Text("Recipients3"),
    ];
    public string RetentionHeading => Text("RetentionHeading");
    public string RetentionText(int? months) => months is { } m
        ? Format("RetentionText", m)
        : Text("RetentionText2");
    public string RightsHeading => Text("RightsHeading");
    public IReadOnlyList<string> Rights =>
    [
        Text("Rights"),
        Text("Rights2"),
        Text("Rights3"),
        Text("Rights4"),
    ];
    public string RightsHow => Text("RightsHow");
    public string DpoHeading => Text("DpoHeading");
    public string Dpo => Text("Dpo");
    public string ComplaintHeading => Text("ComplaintHeading");
    public string Complaint => Text("Complaint");
}
