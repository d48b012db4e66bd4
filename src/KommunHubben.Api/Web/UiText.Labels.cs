namespace KommunHubben.Api.Web;

/// <summary>Names of the hub's codes (case types, statuses, outcomes, …) in both languages. An unknown code is shown as it is.</summary>
public sealed partial class UiText
{
    private static string Label(IReadOnlyDictionary<string, (string Sv, string En)> labels, string? code) =>
        code is null ? "" : labels.TryGetValue(code, out var label) ? S(label.Sv, label.En) : code;

    private static readonly Dictionary<string, (string, string)> RoleLabels = new()
    {
        ["ContactPerson"] = ("Kontaktperson", "Contact person"),
        ["Officer"] = ("Handläggare, Arbetsförmedlingen", "Officer, Arbetsförmedlingen"),
        ["Coordinator"] = ("Samordnare", "Coordinator"),
        ["Administrator"] = ("Administratör", "Administrator"),
    };

    private static readonly Dictionary<string, (string, string)> CaseTypeLabels = new()
    {
        ["GeneralQuestion"] = ("Samverkansfråga", "General cooperation question"),
        ["IndividualPlanning"] = ("Individärende – planering", "Individual planning"),
        ["DisabilityCoding"] = ("Kodning av funktionsnedsättning", "Disability coding"),
        ["WageSubsidy"] = ("Lönebidrag", "Wage subsidy"),
    };

    private static readonly Dictionary<string, (string, string)> StatusLabels = new()
    {
        ["Submitted"] = ("Inskickat", "Submitted"),
        ["Routed"] = ("I kö hos AF", "Queued at AF"),
        ["Claimed"] = ("Handläggs", "Being handled"),
        ["AwaitingSupplement"] = ("Väntar på komplettering", "Awaiting supplement"),
        ["Decided"] = ("Beslutat", "Decided"),
        ["Closed"] = ("Avslutat", "Closed"),
        ["Rejected"] = ("Avvisat", "Rejected"),
        ["Withdrawn"] = ("Återkallat", "Withdrawn"),
        ["Stopped"] = ("Stoppat (samtycke återkallat)", "Stopped (consent withdrawn)"),
    };

    private static readonly Dictionary<string, (string, string)> ActionLabels = new()
    {
        ["Submit"] = ("Skickades in", "Submitted"),
        ["Route"] = ("Fördelades", "Routed"),
        ["Claim"] = ("Togs av handläggare", "Claimed"),
        ["RequestSupplement"] = ("Komplettering begärdes", "Supplement requested"),
        ["ProvideSupplement"] = ("Komplettering lämnades", "Supplement provided"),
        ["Decide"] = ("Beslut fattades", "Decided"),
        ["Close"] = ("Avslutades", "Closed"),
        ["Reject"] = ("Avvisades", "Rejected"),
        ["Withdraw"] = ("Återkallades", "Withdrawn"),
        ["Stop"] = ("Stoppades", "Stopped"),
        ["HandOver"] = ("Lämnades över", "Handed over"),
        ["Release"] = ("Släpptes till AF-kön", "Released to the AF queue"),
    };

    private static readonly Dictionary<string, (string, string)> OutcomeLabels = new()
    {
        ["Answered"] = ("Besvarad", "Answered"),
        ["SupportAssigned"] = ("Stöd beviljat", "Support assigned"),
        ["Declined"] = ("Avböjd", "Declined"),
        ["MeetingBooked"] = ("Möte bokat", "Meeting booked"),
        ["InformationSent"] = ("Information skickad", "Information sent"),
        ["Coded"] = ("Kodad", "Coded"),
        ["NotCoded"] = ("Inte kodad", "Not coded"),
        ["Granted"] = ("Beviljat", "Granted"),
        ["Rejected"] = ("Avslag", "Rejected"),
        ["Enrolled"] = ("Inskriven i projekt", "Enrolled in project"),
    };

    private static readonly Dictionary<string, (string, string)> ClosureLabels = new()
    {
        ["Work"] = ("Arbete", "Work"),
        ["Studies"] = ("Studier", "Studies"),
        ["ReReferred"] = ("Återremitterad", "Re-referred"),
        ["OtherEffort"] = ("Annan insats", "Other effort"),
        ["Other"] = ("Annat", "Other"),
    };

    private static readonly Dictionary<string, (string, string)> RejectionLabels = new()
    {
        ["NotForAf"] = ("Hör inte till AF", "Not for AF"),
        ["Duplicate"] = ("Dubblett", "Duplicate"),
        ["MissingInformation"] = ("Uppgifter saknas", "Missing information"),
        ["Other"] = ("Annat", "Other"),
    };

    private static readonly Dictionary<string, (string, string)> TopicLabels = new()
    {
        ["Cooperation"] = ("Samverkan", "Cooperation"),
        ["Routines"] = ("Rutiner", "Routines"),
        ["Efforts"] = ("Insatser", "Efforts"),
        ["Registration"] = ("Inskrivning", "Registration"),
        ["SupportRequest"] = ("Begäran om stöd (SIUS, nystartsjobb, introduktionsjobb)", "Support request (SIUS, nystartsjobb, introduktionsjobb)"),
        ["Other"] = ("Annat", "Other"),
    };

    private static readonly Dictionary<string, (string, string)> PlanningKindLabels = new()
    {
        ["JointPlanningMeeting"] = ("Gemensamt planeringsmöte", "Joint planning meeting"),
        ["ActionPlanRequest"] = ("Begäran om handlingsplan", "Action plan request"),
        ["ActivityReports"] = ("Aktivitetsrapporter", "Activity reports"),
        ["DailyNotes"] = ("Daganteckningar", "Daily notes"),
        ["RegistrationStatus"] = ("Inskrivningsstatus", "Registration status"),
    };

    private static readonly Dictionary<string, (string, string)> CategoryLabels = new()
    {
        ["Cognitive"] = ("Kognitiv", "Cognitive"),
        ["LanguageSpeech"] = ("Språk och tal", "Language and speech"),
        ["MentalIllHealth"] = ("Psykisk ohälsa", "Mental ill health"),
        ["PhysicalHealth"] = ("Somatisk", "Physical health"),
        ["Mobility"] = ("Rörelse", "Mobility"),
        ["Vision"] = ("Syn", "Vision"),
        ["Hearing"] = ("Hörsel", "Hearing"),
        ["Addiction"] = ("Missbruk/beroende", "Addiction"),
    };

    private static readonly Dictionary<string, (string, string)> EvidenceLabels = new()
    {
        ["MedicalCertificate"] = ("Läkarintyg", "Medical certificate"),
        ["RecordExtract"] = ("Journalutdrag", "Record extract"),
        ["NeuropsychiatricAssessment"] = ("Neuropsykiatrisk utredning", "Neuropsychiatric assessment"),
        ["ForsakringskassanDecision"] = ("Beslut från Försäkringskassan", "Försäkringskassan decision"),
        ["SpecialSchoolCertificate"] = ("Intyg från särskola", "Special school certificate"),
    };

    private static readonly Dictionary<string, (string, string)> WageFormLabels = new()
    {
        ["Development"] = ("Lönebidrag för utveckling i anställning", "Development in employment"),
        ["Employment"] = ("Lönebidrag för anställning", "Employment"),
        ["SecurityInEmployment"] = ("Lönebidrag för trygghet i anställning", "Security in employment"),
    };

    private static readonly Dictionary<string, (string, string)> GivenHowLabels = new()
    {
        ["Written"] = ("Skriftligt", "Written"),
        ["Verbal"] = ("Muntligt", "Verbal"),
        ["Digital"] = ("Digitalt", "Digital"),
    };

    private static readonly Dictionary<string, (string, string)> SortLabels = new()
    {
        ["priority"] = ("Prioritet", "Priority"),
        ["due"] = ("Förfallodag", "Due date"),
        ["submitted"] = ("Äldst först", "Oldest first"),
        ["-submitted"] = ("Nyast först", "Newest first"),
        ["updated"] = ("Senast ändrad", "Last updated"),
    };

    private static readonly Dictionary<string, (string, string)> NotificationLabels = new()
    {
        ["NewCase"] = ("Nytt ärende i din kö", "New case in your queue"),
        ["SupplementRequested"] = ("Handläggaren begär komplettering", "The officer asks for a supplement"),
        ["SupplementAnswered"] = ("Kompletteringen är besvarad", "The supplement was answered"),
        ["CaseDecided"] = ("Beslut i ärendet", "The case was decided"),
        ["CaseStoppedConsentWithdrawn"] = ("Ärendet stoppades: samtycket återkallades", "Case stopped: consent withdrawn"),
        ["CaseRedistributedToYou"] = ("Ärendet flyttades till dig", "The case was moved to you"),
        ["FollowUp3Months"] = ("Uppföljning efter 3 månader", "Follow-up after 3 months"),
        ["FollowUp6Months"] = ("Uppföljning efter 6 månader", "Follow-up after 6 months"),
        ["SelfSufficiency6Months"] = ("Kontroll av egen försörjning efter 6 månader", "Self-sufficiency check after 6 months"),
        ["BreachFirstAction"] = ("Tidsgräns för första åtgärd passerad", "First-action deadline passed"),
        ["BreachDecision"] = ("Tidsgräns för beslut passerad", "Decision deadline passed"),
        ["BreachSupplementAnswer"] = ("Tidsgräns för komplettering passerad", "Supplement deadline passed"),
        ["ReminderFirstAction"] = ("Påminnelse: första åtgärd", "Reminder: first action"),
        ["ReminderDecision"] = ("Påminnelse: beslut", "Reminder: decision"),
        ["ReminderSupplementAnswer"] = ("Påminnelse: komplettering", "Reminder: supplement"),
    };

    public string Role(string? code) => Label(RoleLabels, code);
    public string CaseType(string? code) => Label(CaseTypeLabels, code);
    public string Status(string? code) => Label(StatusLabels, code);
    public string Action(string? code) => Label(ActionLabels, code);
    public string Outcome(string? code) => Label(OutcomeLabels, code);
    public string Closure(string? code) => Label(ClosureLabels, code);
    public string Rejection(string? code) => Label(RejectionLabels, code);
    public string Topic(string? code) => Label(TopicLabels, code);
    public string PlanningKind(string? code) => Label(PlanningKindLabels, code);
    public string Category(string? code) => Label(CategoryLabels, code);
    public string Evidence(string? code) => Label(EvidenceLabels, code);
    public string WageForm(string? code) => Label(WageFormLabels, code);
    public string GivenHow(string? code) => Label(GivenHowLabels, code);
    public string Sort(string? code) => Label(SortLabels, code);
    public string Notification(string? code) => Label(NotificationLabels, code);

    /// <summary>The rules every field shares, in Swedish too; the rest of the domain's rules are shown as they are.</summary>
    public string Rule(string rule) => !IsEnglish && rule == "is required" ? "måste fyllas i" : rule;
}
