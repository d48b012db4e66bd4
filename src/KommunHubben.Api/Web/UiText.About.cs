namespace KommunHubben.Api.Web;

/// <summary>Strings of the public pages (Pages/About): the accessibility statement and the privacy notice.</summary>
public sealed partial class UiText
{
    public string FooterNavigation => S("Om tjänsten", "About the service");
    public string EmailLabel => S("E-post", "E-mail");
    public string PhoneLabel => S("Telefon", "Telephone");

    // --- Accessibility statement (DIGG's template) ---
    public string AccessibilityTitle => S("Tillgänglighetsredogörelse", "Accessibility statement");
    public string AccessibilityIntro(string controller) => S(
        $"{controller} står bakom KommunHubben. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur KommunHubben uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
        $"{controller} is responsible for KommunHubben. We want as many people as possible to be able to use the service. This statement describes how KommunHubben complies with the Swedish Act on accessibility to digital public services (2018:1937), the accessibility problems we know of, and how you can report problems to us so that we can fix them.");
    public string HowAccessibleHeading => S("Hur tillgänglig är tjänsten?", "How accessible is the service?");
    public string HowAccessible(ConformanceStatus status) => status switch
    {
        ConformanceStatus.Full => S("Vi bedömer att hela tjänsten är tillgänglig.", "We consider the whole service accessible."),
        ConformanceStatus.Partial => S("Vi är medvetna om att delar av tjänsten inte är helt tillgängliga:", "We know that parts of the service are not fully accessible:"),
        _ => S("Tjänsten är inte förenlig med kraven. Det här vet vi om:", "The service does not comply with the requirements. This is what we know:"),
    };
    public IReadOnlyList<string> KnownShortcomings =>
    [
        S("Registerutdraget som PDF är inte taggat, så en skärmläsare kan inte följa dess rubriker.", "The register extract as PDF is not tagged, so a screen reader cannot follow its headings."),
        S("Diagrammen för samordnare visas som bild; samma siffror finns i en tabell under varje diagram.", "The coordinators' charts are images; the same figures are in a table below each chart."),
    ];
    public string IfYouCannotUseHeading => S("Vad kan du göra om du inte kan använda delar av tjänsten?", "What can you do if you cannot use parts of the service?");
    public string IfYouCannotUse => S(
        "Om du behöver innehåll från KommunHubben som inte är tillgängligt för dig, kontakta oss så hjälper vi dig att få det på annat sätt, till exempel registerutdraget i ett annat format.",
        "If you need content from KommunHubben that is not accessible to you, contact us and we will help you get it another way, for example the register extract in another format.");
    public string ReportProblemHeading => S("Rapportera brister i tjänstens tillgänglighet", "Report accessibility problems");
    public string ReportProblem => S(
        "Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns. Skriv till",
        "We keep working to improve the service's accessibility. If you find a problem not described here, or think we do not meet the law's requirements, tell us so that we know about it. Write to");
    public string SupervisionHeading => S("Tillsyn", "Supervision");
    public string Supervision => S(
        "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det:",
        "The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can contact DIGG:");
    public string ReportToDigg => S("Anmäl bristande tillgänglighet till DIGG", "Report inaccessibility to DIGG (in Swedish)");
    public string TechnicalInformationHeading => S("Teknisk information om tjänstens tillgänglighet", "Technical information about the service's accessibility");
    public string TechnicalInformation(ConformanceStatus status) => status switch
    {
        ConformanceStatus.Full => S("Tjänsten är helt förenlig med lagen om tillgänglighet till digital offentlig service (WCAG 2.1 nivå AA).", "The service fully complies with the Act (WCAG 2.1 level AA)."),
        ConformanceStatus.Partial => S("Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service (WCAG 2.1 nivå AA), på grund av de brister som beskrivs nedan.", "The service partly complies with the Act (WCAG 2.1 level AA), because of the problems described below."),
        _ => S("Tjänsten är inte förenlig med lagen om tillgänglighet till digital offentlig service (WCAG 2.1 nivå AA).", "The service does not comply with the Act (WCAG 2.1 level AA)."),
    };
    public string NotAccessibleHeading => S("Innehåll som inte är tillgängligt", "Content that is not accessible");
    public string NotAccessibleIntro => S("Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt.", "The content described below is in some way not fully accessible.");
    public IReadOnlyList<string> ShortcomingsInDetail =>
    [
        S("Registerutdragets PDF saknar taggar för rubriker och läsordning (WCAG 1.3.1 Information och relationer). Samma innehåll finns som JSON, och vi skickar det i ett annat format på begäran.",
          "The register extract's PDF has no tags for headings and reading order (WCAG 1.3.1 Info and Relationships). The same content is available as JSON, and we send it in another format on request."),
    ];
    public string HowTestedHeading => S("Hur vi testat tjänsten", "How we tested the service");
    public string HowTested(string controller) => S(
        $"{controller} har gjort en egen granskning av KommunHubben: varje version kontrolleras automatiskt med axe-core, och sidorna prövas med tangentbord, i 390 och 1280 pixlars bredd och med 200 % förstoring.",
        $"{controller} has assessed KommunHubben itself: every version is checked automatically with axe-core, and the pages are tried by keyboard, at 390 and 1280 pixels wide and at 200 % zoom.");
    public string AssessedOn(DateOnly date) => S($"Senaste bedömningen gjordes {date:yyyy-MM-dd}.", $"The latest assessment was made on {date:yyyy-MM-dd}.");
    public string StatementUpdatedOn(DateOnly date) => S($"Redogörelsen uppdaterades senast {date:yyyy-MM-dd}.", $"This statement was last updated on {date:yyyy-MM-dd}.");

    // --- Privacy notice ---
    public string PrivacyTitle => S("Så behandlar vi personuppgifter", "How we process personal data");
    public string PrivacyIntro => S(
        "KommunHubben är kanalen där Stockholms stad och Arbetsförmedlingen samarbetar kring enskilda arbetssökande. Här beskriver vi vilka uppgifter om dig som behandlas, varför, hur länge och vilka rättigheter du har.",
        "KommunHubben is the channel through which the City of Stockholm and Arbetsförmedlingen cooperate about individual jobseekers. Here we describe which details about you are processed, why, for how long and what your rights are.");
    public string ControllerHeading => S("Personuppgiftsansvarig", "Controller");
    public string Controller(string name, string organisationNumber, string address) => S(
        $"{name} (organisationsnummer {organisationNumber}), {address}, är personuppgiftsansvarig för behandlingen i KommunHubben.",
        $"{name} (organisation number {organisationNumber}), {address}, is the controller of the processing in KommunHubben.");
    public string PurposesHeading => S("Varför vi behandlar uppgifterna", "Why we process the data");
    public IReadOnlyList<string> Purposes =>
    [
        S("Att planera och samordna insatser för dig tillsammans med Arbetsförmedlingen.", "To plan and coordinate support for you together with Arbetsförmedlingen."),
        S("Att be Arbetsförmedlingen bedöma funktionsnedsättning (funktionshinderkodning) och besluta om lönebidrag.", "To ask Arbetsförmedlingen to assess a disability (disability coding) and decide on wage subsidies."),
        S("Att följa upp insatserna. Statistiken innehåller inte ditt namn eller personnummer.", "To follow up the support. The statistics contain neither your name nor your identity number."),
    ];
    public string WhatDataHeading => S("Vilka uppgifter", "Which data");
    public string WhatData => S(
        "Personnummer, uppgifter i ärendet (till exempel planering, anställning och lön), hälsouppgifter som intyg och bedömningar när ärendet gäller funktionsnedsättning, ditt samtycke samt vilka som har läst uppgifterna. Personnummer och hälsouppgifter lagras krypterade.",
        "Identity number, the details of the case (for example planning, employment and wage), health data such as certificates and assessments when the case concerns a disability, your consent, and who has read the details. Identity numbers and health data are stored encrypted.");
    public string LegalBasisHeading => S("Rättslig grund", "Legal basis");
    public IReadOnlyList<string> LegalBasis =>
    [
        S("Uppgifter av allmänt intresse och myndighetsutövning (artikel 6.1 e i dataskyddsförordningen), med stöd i stadens uppdrag för arbetsmarknadsinsatser.", "Tasks in the public interest and the exercise of official authority (GDPR article 6(1)(e)), based on the city's remit for labour-market support."),
        S("Hälsouppgifter behandlas med stöd av artikel 9.2 g och h samt 3 kap. dataskyddslagen (2018:218).", "Health data is processed under GDPR article 9(2)(g) and (h) and chapter 3 of the Swedish Data Protection Act (2018:218)."),
        S("Uppgifter lämnas till Arbetsförmedlingen bara med ditt samtycke, som häver sekretessen mellan myndigheterna (offentlighets- och sekretesslagen 2009:400). Du kan när som helst återkalla samtycket.", "Details go to Arbetsförmedlingen only with your consent, which lifts the secrecy between the authorities (Public Access to Information and Secrecy Act 2009:400). You can withdraw your consent at any time."),
    ];
    public string RecipientsHeading => S("Vilka som får uppgifterna", "Who receives the data");
    public IReadOnlyList<string> Recipients =>
    [
        S("Arbetsförmedlingens handläggare som hanterar ärendet.", "The Arbetsförmedlingen officers who handle the case."),
        S("Kontaktpersonerna på din enhet i staden. Samordnare ser bara statistik.", "The contact persons at your unit in the city. Coordinators see statistics only."),
        S("Stadens IT-leverantörer, som personuppgiftsbiträden. Uppgifterna lämnar inte EU/EES.", "The city's IT suppliers, as processors. The data does not leave the EU/EEA."),
    ];
    public string RetentionHeading => S("Hur länge vi sparar uppgifterna", "How long we keep the data");
    public string RetentionText(int? months) => months is { } m
        ? S($"Personuppgifterna i ett ärende gallras {m} månader efter att ärendet avslutats, enligt stadens gallringsplan. Ärendets nummer, typ, datum och statistik utan personuppgifter sparas enligt arkivlagen. Säkerhetskopior finns kvar en begränsad tid innan de skrivs över.",
            $"The personal data in a case is deleted {m} months after the case is finished, under the city's retention schedule. The case's number, type, dates and statistics without personal data are kept under the Archives Act. Backups remain for a limited time before they are overwritten.")
        : S("Personuppgifterna sparas så länge stadens gallringsplan kräver.", "The personal data is kept as long as the city's retention schedule requires.");
    public string RightsHeading => S("Dina rättigheter", "Your rights");
    public IReadOnlyList<string> Rights =>
    [
        S("Få ett registerutdrag: vilka uppgifter vi har om dig och vilka som har läst dem.", "Get a register extract: which data we hold about you and who has read it."),
        S("Få felaktiga uppgifter rättade.", "Have wrong data corrected."),
        S("Få uppgifter raderade eller behandlingen begränsad, när arkivlagen inte kräver att vi sparar dem.", "Have data erased or its processing restricted, where the Archives Act does not require us to keep it."),
        S("Invända mot behandlingen, och återkalla ditt samtycke.", "Object to the processing, and withdraw your consent."),
    ];
    public string RightsHow => S("Kontakta oss för att använda dina rättigheter:", "Contact us to use your rights:");
    public string DpoHeading => S("Dataskyddsombud", "Data protection officer");
    public string Dpo => S("Du når stadens dataskyddsombud på", "You reach the city's data protection officer at");
    public string ComplaintHeading => S("Klagomål", "Complaints");
    public string Complaint => S("Om du anser att vi behandlar dina uppgifter felaktigt kan du klaga hos Integritetsskyddsmyndigheten (IMY),", "If you think we process your data wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY),");
}
