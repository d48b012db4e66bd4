namespace KommunHubben.Api.Web;

/// <summary>Strings of the administrator's workspace (Pages/Admin).</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> AdminFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = ("Användar-id", "User id"),
        ["name"] = ("Namn", "Name"),
        ["role"] = ("Roll", "Role"),
        ["unitId"] = ("Enhet", "Unit"),
        ["skills"] = ("Ärendetyper", "Case types"),
        ["from"] = ("Från och med", "From"),
        ["to"] = ("Till och med", "To"),
        ["redriveReason"] = ("Skäl att skicka om", "Reason to re-drive"),
        ["discardReason"] = ("Skäl att kasta", "Reason to discard"),
        ["messageId"] = ("Meddelande-id", "Message id"),
        ["actor"] = ("Användare", "User"),
        ["caseId"] = ("Ärende-id", "Case id"),
        ["action"] = ("Händelse", "Action"),
    };

    private static readonly Dictionary<string, (string, string)> AuditActionLabels = new()
    {
        ["ReadPersonalDetails"] = ("Visade personuppgifter", "Showed personal details"),
        ["ReadAttachment"] = ("Öppnade bifogad fil", "Opened an attachment"),
        ["ReadConsents"] = ("Sökte samtycken", "Looked up consents"),
        ["RegisterConsent"] = ("Registrerade samtycke", "Registered a consent"),
        ["WithdrawConsent"] = ("Återkallade samtycke", "Withdrew a consent"),
        ["ClaimNext"] = ("Tog nästa ärende", "Claimed the next case"),
        ["Redistribute"] = ("Omfördelade ärende", "Redistributed a case"),
        ["RegisterAbsence"] = ("Registrerade frånvaro", "Registered an absence"),
        ["SetSkills"] = ("Ändrade ärendetyper för handläggare", "Changed an officer's case types"),
        ["AddUser"] = ("Lade till användare", "Added a user"),
        ["DeactivateUser"] = ("Inaktiverade användare", "Deactivated a user"),
        ["ReactivateUser"] = ("Aktiverade användare igen", "Reactivated a user"),
        ["RedriveMessage"] = ("Skickade om felat meddelande", "Re-drove a failed message"),
        ["DiscardMessage"] = ("Kastade felat meddelande", "Discarded a failed message"),
    };

    /// <summary>An audit action in words, with the code itself beside it (the code is what the API's filter takes).</summary>
    public string AuditAction(string code) =>
        AuditActionLabels.TryGetValue(code, out var label) ? $"{S(label.Item1, label.Item2)} ({code})"
        : ActionLabels.ContainsKey(code) ? $"{Action(code)} ({code})" : code;

    public string NavUsers => S("Användare och enheter", "Users and units");
    public string NavOfficers => S("Handläggare", "Officers");
    public string NavRouting => S("Routning", "Routing");
    public string NavDeadLetters => S("Felköer", "Failed messages");
    public string NavAudit => S("Granskningslogg", "Audit log");

    public string UsersToolText => S("Lägg till användare, inaktivera dem som slutat, se enheterna.", "Add users, deactivate those who left, see the units.");
    public string OfficersToolText => S("Vilka ärendetyper varje handläggare tar, frånvaro, belastning och omfördelning.", "Which case types each officer takes, absence, load and redistribution.");
    public string RoutingToolText => S("Inställningarna för fördelning, prioritet och tidsgränser som gäller nu.", "The routing, priority and deadline settings in force.");
    public string DeadLettersToolText => S("Meddelanden som inte kunde hanteras: granska, skicka om eller kasta med skäl.", "Messages that could not be handled: inspect, re-drive or discard with a reason.");
    public string AuditToolText => S("Vem som läste eller ändrade vad, när och varför. Kan bara läsas.", "Who read or changed what, when and why. Read only.");

    // --- users and units ------------------------------------------------------------------------------------------
    public string UsersTitle => S("Användare och enheter", "Users and units");
    public string UsersIntro => S("Användare tas aldrig bort, eftersom historik och granskningslogg hänvisar till dem. En inaktiverad användare kan inte logga in och får inga nya ärenden.",
        "Users are never deleted, as history and the audit log refer to them. A deactivated user cannot sign in and gets no new cases.");
    public string AddUser => S("Lägg till användare", "Add user");
    public string UserIdHint => S("Det id användaren loggar in med, t.ex. kp-37 eller af-erik.", "The id the user signs in with, e.g. kp-37 or af-erik.");
    public string UnitHint => S("Bara kontaktpersoner hör till en enhet.", "Only contact persons belong to a unit.");
    public string NoUnit => S("Ingen enhet", "No unit");
    public string UsersHeading => S("Användare", "Users");
    public string UserIdHeading => S("Id", "Id");
    public string NameHeading => S("Namn", "Name");
    public string RoleHeading => S("Roll", "Role");
    public string ActiveUser => S("Aktiv", "Active");
    public string InactiveUser => S("Inaktiv", "Inactive");
    public string Deactivate => S("Inaktivera", "Deactivate");
    public string Reactivate => S("Aktivera", "Reactivate");
    public string DeactivateUserLabel(string id) => S($"Inaktivera {id}", $"Deactivate {id}");
    public string ReactivateUserLabel(string id) => S($"Aktivera {id}", $"Reactivate {id}");
    public string UnitsHeading => S("Enheter", "Units");
    public string UnitIdHeading => S("Id", "Id");
    public string UnitKindHeading => S("Slag", "Kind");
    public string ActiveContactPersonsHeading => S("Aktiva kontaktpersoner", "Active contact persons");
    public string UnitsHint => S("Enheterna läggs in med khub seed eller i databasen; de ändras sällan.", "Units are added with khub seed or in the database; they rarely change.");
    public string UserAdded(string id) => S($"Användaren {id} är tillagd.", $"User {id} was added.");
    public string UserDeactivated(string id) => S($"{id} är inaktiverad. Historiken finns kvar.", $"{id} was deactivated. Their history stays.");
    public string UserReactivated(string id) => S($"{id} är aktiv igen.", $"{id} is active again.");
    public string UserNotFound => S("Användaren finns inte.", "The user does not exist.");
    public string CannotDeactivateSelf(string reason) => S("Du kan inte inaktivera dig själv; be en annan administratör.", reason);

    // --- officers -------------------------------------------------------------------------------------------------
    public string OfficersTitle => S("Handläggarnas ärendetyper och frånvaro", "Officers' skills and absence");
    public string OfficersIntro => S("Nya ärenden fördelas till närvarande handläggare som tar ärendetypen, efter belastning. Ändringar gäller nya ärenden; ärenden som redan ligger i en kö flyttas bara med omfördelning.",
        "New cases go to present officers who take the case type, by load. Changes apply to new cases; cases already in a queue move only by redistribution.");
    public string NoOfficers => S("Det finns inga aktiva handläggare.", "There are no active officers.");
    public string LoadHeading => S("Belastning", "Load");
    public string Load(int open, int weighted, int cap) => S($"{open} öppna ärenden, viktad belastning {weighted} av {cap}", $"{open} open cases, weighted load {weighted} of {cap}");
    public string PresenceHeading => S("I dag", "Today");
    public string AbsentNow => S("Frånvarande", "Absent");
    public string PresentNow => S("Närvarande", "Present");
    public string AbsencesHeading => S("Frånvaro", "Absences");
    public string SkillsHint => S("Minst en ärendetyp. Ska handläggaren inte få några ärenden en tid: registrera frånvaro.", "At least one case type. To give the officer no cases for a while, register an absence.");
    public string SkillsLegend(string name) => S($"Ärendetyper som {name} tar", $"Case types {name} takes");
    public string SaveSkills => S("Spara ärendetyper", "Save case types");
    public string RegisterAbsenceFor(string name) => S($"Registrera frånvaro för {name}", $"Register an absence for {name}");
    public string RegisterAbsence => S("Registrera frånvaro", "Register absence");
    public string RedistributeCases(string name) => S($"Omfördela {name}s öppna ärenden", $"Redistribute {name}'s open cases");
    public string RedistributeHint => S("Ärendena fördelas till kollegor enligt routningsreglerna; varje flytt loggas.", "The cases go to colleagues by the routing rules; every move is logged.");
    public string SkillsSaved(string id) => S($"Ärendetyperna för {id} är sparade.", $"The case types of {id} were saved.");
    public string AbsenceRegistered(string id) => S($"Frånvaron för {id} är registrerad.", $"The absence of {id} was registered.");
    public string CasesRedistributed(string id, int moved, int left) => left == 0
        ? S($"{moved} ärenden flyttades från {id}.", $"{moved} cases were moved from {id}.")
        : S($"{moved} ärenden flyttades från {id}; {left} kunde ingen kollega ta.", $"{moved} cases were moved from {id}; no colleague could take {left}.");
    public string OfficerNotFound => S("Handläggaren finns inte.", "The officer does not exist.");

    // --- routing settings -----------------------------------------------------------------------------------------
    public string RoutingTitle => S("Routningsinställningar", "Routing settings");
    public string RoutingIntro => S("Så fördelas, prioriteras och tidsätts ärenden just nu. Sidan visar inställningarna och kan inte ändra dem.",
        "How cases are routed, prioritised and given deadlines now. This page shows the settings and cannot change them.");
    public string WhereToChangeHeading => S("Var de ändras", "Where to change them");
    public string WhereToChangeText => S("Inställningarna är konfiguration för API- och workerprocesserna (appsettings eller miljövariabler, __ skiljer avsnitten). Ändra dem på samma sätt i alla processer och starta om dem:",
        "The settings are configuration of the API and worker processes (appsettings or environment variables, __ separates the sections). Change them alike in every process and restart them:");
    public string OfficerSettingsElsewhere => S("Handläggarnas ärendetyper och frånvaro ändras här i webben:", "Officers' case types and absences are changed here in the web workspace:");
    public string LoadAndSlaHeading => S("Belastning och tidsgränser per ärendetyp", "Load and deadlines per case type");
    public string CapText(int cap) => S($"En handläggare räknas som full vid viktad belastning {cap}; då går nya ärenden till en kollega under gränsen, och är alla fulla till den minst belastade.",
        $"An officer counts as full at weighted load {cap}; new cases then go to a colleague under it, and when all are full to the least loaded.");
    public string WeightHeading => S("Vikt", "Weight");
    public string FirstActionHeading => S("Första åtgärd inom", "First action within");
    public string DecisionDeadlineHeading => S("Beslut inom", "Decision within");
    public string WorkingDays(int days) => S($"{days} arbetsdagar", $"{days} working days");
    public string WorkingDaysBefore(int days) => S($"{days} arbetsdagar före tidsgränsen", $"{days} working days before the deadline");
    public string SupplementAnswerHeading => S("Svar på kompletteringsbegäran inom", "Supplement answer within");
    public string ReminderHeading => S("Påminnelse", "Reminder");
    public string Off => S("Av", "Off");
    public string FollowUpsHeading => S("Uppföljning efter avslut till arbete eller studier", "Follow-up after closure to work or studies");
    public string SelfSufficiencyHeading => S("Kontroll av egen försörjning", "Self-sufficiency check");
    public string Months(IEnumerable<int> months) => S($"{string.Join(" och ", months)} månader", $"{string.Join(" and ", months)} months");
    public string UnitHubOfficersHeading => S("Enheternas navhandläggare", "Units' hub officers");
    public string NoUnitHubOfficers => S("Ingen enhet har en utsedd handläggare; alla ärenden fördelas efter ärendetyp och belastning.", "No unit has a designated officer; every case is routed by case type and load.");
    public string PriorityRulesHeading => S("Prioritetsregler", "Priority rules");
    public string RuleHeading => S("Regel", "Rule");
    public string InForceHeading => S("Gäller", "In force");
    public string WageSubsidyStartRule(int days) => S($"Lönebidrag som ska börja inom {days} dagar", $"Wage subsidy starting within {days} days");
    public string NystartsjobbRule(int days) => S($"Nystartsjobb som ska börja inom {days} dagar", $"Nystartsjobb starting within {days} days");
    public string AvhoppareRule(string? unit) => S($"Ärenden från enheten {unit ?? "–"} (avhoppare)", $"Cases from the unit {unit ?? "–"} (defectors)");
    public string JointProjectRule(IReadOnlyCollection<string> ids) => ids.Count == 0
        ? S("Ärenden i ett samverkansprojekt", "Cases in a joint project")
        : S($"Ärenden i projekten {string.Join(", ", ids)}", $"Cases in the projects {string.Join(", ", ids)}");
    public string CalendarHeading => S("Arbetsdagar", "Working days");
    public string ClosedEvesHeading => S("Stängda aftnar", "Closed eves");
    public string ClosedEves(bool midsummer, bool christmas, bool newYear)
    {
        var closed = new List<string>();
        if (midsummer) closed.Add(S("midsommarafton", "Midsummer Eve"));
        if (christmas) closed.Add(S("julafton", "Christmas Eve"));
        if (newYear) closed.Add(S("nyårsafton", "New Year's Eve"));
        return closed.Count == 0 ? None : string.Join(", ", closed);
    }
    public string ExtraClosedDaysHeading => S("Lokala stängda dagar", "Local closed days");

    // --- failed messages ------------------------------------------------------------------------------------------
    public string DeadLettersTitle => S("Felköer", "Failed messages");
    public string DeadLetterQueueTitle(string queue) => S($"Felkö {queue}", $"Failed messages in {queue}");
    public string NotAvailableHeading => S("Inte tillgängligt här", "Not available here");
    public string InMemoryBus => S("Felköerna finns inte med den inbyggda meddelandebussen i minnet (demoläget): där finns ingen RabbitMQ och inga _error-köer. Med Hub__Messaging__Transport=RabbitMq och mäklarens administratörsanvändare i Hub__Messaging__RabbitMq__DeadLetterUsername och __DeadLetterPassword visas köerna här.",
        "Error queues are not available with the in-memory bus (the embedded demo): there is no RabbitMQ and there are no _error queues. With Hub__Messaging__Transport=RabbitMq and the broker's admin user in Hub__Messaging__RabbitMq__DeadLetterUsername and __DeadLetterPassword the queues are shown here.");
    public string DeadLettersIntro => S("Ett meddelande som inte kunde hanteras efter upprepade försök väntar i sin _error-kö; ett som nått leveransgränsen väntar i khub-dead-letters. Skicka om det när orsaken är åtgärdad, eller kasta det med ett skäl. Båda loggas i granskningsloggen.",
        "A message that could not be handled after its retries waits in its _error queue; one that hit the delivery limit waits in khub-dead-letters. Re-drive it once the cause is fixed, or discard it with a reason. Both are written to the audit log.");
    public string QueuesCaption => S("Köer med meddelanden som väntar på en administratör", "Queues with messages waiting for an administrator");
    public string QueueHeading => S("Kö", "Queue");
    public string MessagesHeading => S("Meddelanden", "Messages");
    public string NotDeclared => S("finns inte ännu", "not declared yet");
    public string ShowMessagesIn(string queue) => S($"Visa meddelandena i {queue}", $"Show the messages in {queue}");
    public string MessagesIn(string queue) => S($"Meddelanden i {queue}", $"Messages in {queue}");
    public string DeadLetterQueueEmpty => S("Kön är tom.", "The queue is empty.");
    public string ShowingMessages(int shown, uint total) => S($"Visar {shown} av {total} meddelanden. Innehållet visas aldrig, bara id, typ och fel.", $"Showing {shown} of {total} messages. The content is never shown, only ids, type and fault.");
    public string DeliveryCountNote => S("Varje visning räknas som en leverans; efter 20 går meddelandet vidare till khub-dead-letters, varifrån det också kan skickas om.",
        "Each view counts as a delivery; after 20 the message moves on to khub-dead-letters, from where it can be re-driven too.");
    public string RedriveAllHeading => S("Skicka om alla", "Re-drive all");
    public string RedriveAll(uint count) => S($"Skicka om alla ({count})", $"Re-drive all ({count})");
    public string RedriveReasonHint => S("T.ex. ”handläggaren är tillbaka från frånvaro”.", "E.g. “the officer is back from absence”.");
    public string DiscardReasonHint => S("Meddelandet tas bort för gott.", "The message is removed for good.");
    public string MessageHeading(string id) => S($"Meddelande {id}", $"Message {id}");
    public string MessageIdHeading => S("Meddelande-id", "Message id");
    public string MessageTypeHeading => S("Typ", "Type");
    public string FaultHeading => S("Fel", "Fault");
    public string ConsumerHeading => S("Mottagare", "Consumer");
    public string FaultedAtHeading => S("Felade", "Faulted at");
    public string SentAtHeading => S("Skickat", "Sent at");
    public string DeliveriesHeading => S("Försök", "Attempts");
    public string Deliveries(string? retries, string deliveries) => S($"{retries ?? "?"} omförsök i processen, {deliveries} leveranser från den här kön", $"{retries ?? "?"} in-process retries, {deliveries} deliveries from this queue");
    public string DeadLetteredFromHeading => S("Flyttat från", "Dead-lettered from");
    public string MessageKeysHeading => S("Innehåll (bara nycklar och id)", "Content (keys and ids only)");
    public string CaseIdHeading => S("Ärende-id", "Case id");
    public string Redrive => S("Skicka om", "Re-drive");
    public string Discard => S("Kasta", "Discard");
    public string MessagesRedriven(int count, IReadOnlyList<string> targets) => S($"{count} meddelanden skickades om till {string.Join(", ", targets)}.", $"{count} messages were re-driven to {string.Join(", ", targets)}.");
    public string MessagesRedrivenWithSkips(int count, IReadOnlyList<string> skipped) => S($"{count} meddelanden skickades om. Kunde inte skickas om: {string.Join(" ", skipped)}", $"{count} messages were re-driven. Could not be re-driven: {string.Join(" ", skipped)}");
    public string MessageDiscarded(string id) => S($"Meddelandet {id} är kastat och händelsen loggad.", $"Message {id} was discarded and logged.");
    public string BrokerFailed(string message) => S($"RabbitMQ svarade inte som väntat, och ingenting ändrades: {message}", $"RabbitMQ did not answer as expected, and nothing was changed: {message}");

    // --- audit log ------------------------------------------------------------------------------------------------
    public string AuditTitle => S("Granskningslogg", "Audit log");
    public string AuditIntro => S("Varje läsning av personuppgifter och varje ändring: vem, när, vad, vilket ärende och varför. Loggen kan bara läsas, aldrig ändras.",
        "Every read of personal details and every change: who, when, what, which case and why. The log can only be read, never changed.");
    public string ActorHint => S("Användarens id, t.ex. af-anna (khub skriver khub:<konto>).", "The user's id, e.g. af-anna (khub writes khub:<account>).");
    public string PeriodFrom => S("Från och med datum", "From date");
    public string PeriodTo => S("Till och med datum", "To date");
    public string AuditFilterHeading => S("Filtrera", "Filter");
    public string ClearFilters => S("Visa allt", "Show everything");
    public string AuditEntriesFound(int count) => count == 1 ? S("1 post", "1 entry") : S($"{count} poster", $"{count} entries");
    public string AuditActionHeading => S("Händelse", "Action");
    public string WhyHeading => S("Skäl och detaljer", "Reason and details");
    public string FilterByCase(Guid id) => S($"Visa loggen för ärende {id}", $"Show the log of case {id}");
    public string Pages => S("Sidor", "Pages");
    public string PreviousPage => S("Föregående sida", "Previous page");
    public string NextPage => S("Nästa sida", "Next page");
    public string PageOf(int page, int count) => S($"Sida {page} av {count}", $"Page {page} of {count}");
}
