using System.Globalization;

namespace KommunHubben.Web.Texts;

/// <summary>Strings of the administrator's workspace (Pages/Admin).</summary>
public sealed partial class UiText
{


    /// <summary>An audit action in words (the filter's option values stay the codes the API takes).</summary>
    public string AuditAction(string code) =>
        Knows("AuditAction", code) ? Label("AuditAction", code) : Knows("Action", code) ? Action(code) : code;

    public string NavUsers => Text();
    public string NavOfficers => Text();
    public string NavRouting => Text();
    public string NavDeadLetters => Text();
    public string NavAudit => Text();

    public string UsersToolText => Text();
    public string OfficersToolText => Text();
    public string RoutingToolText => Text();
    public string DeadLettersToolText => Text();
    public string AuditToolText => Text();

    // --- users and units ------------------------------------------------------------------------------------------
    public string UsersTitle => Text();
    public string UsersIntro => Text();
    public string AddUser => Text();
    public string UserIdHint => Text();
    public string UnitHint => Text();
    public string NoUnit => Text();
    public string UsersHeading => Text();
    public string UserIdHeading => Text();
    public string NameHeading => Text();
    public string RoleHeading => Text();
    public string ActiveUser => Text();
    public string InactiveUser => Text();
    public string Deactivate => Text();
    public string Reactivate => Text();
    public string DeactivateUserLabel(string id) => Format("DeactivateUserLabel", id);
    public string ReactivateUserLabel(string id) => Format("ReactivateUserLabel", id);
    public string UnitsHeading => Text();
    public string UnitIdHeading => Text();
    public string UnitKindHeading => Text();
    public string ActiveContactPersonsHeading => Text();
    public string UnitsHint => Text();
    public string UserAdded(string id) => Format("UserAdded", id);
    public string UserDeactivated(string id) => Format("UserDeactivated", id);
    public string UserReactivated(string id) => Format("UserReactivated", id);
    public string UserNotFound => Text();
    public string DeactivateWhatHappens(string name) => Format("DeactivateWhatHappens", name);
    public string ConfirmDeactivate => Text();

    // --- officers -------------------------------------------------------------------------------------------------
    public string OfficersTitle => Text();
    public string OfficersIntro => Text();
    public string NoOfficers => Text();
    public string LoadHeading => Text();
    public string Load(int open, int weighted, int cap) => Format("Load", open, weighted, cap);
    public string PresenceHeading => Text();
    public string AbsentNow => Text();
    public string PresentNow => Text();
    public string AbsencesHeading => Text();
    public string SkillsHint => Text();
    public string SkillsLegend(string name) => Format("SkillsLegend", name);
    public string SaveSkills => Text();
    public string RegisterAbsenceFor(string name) => Format("RegisterAbsenceFor", name);
    public string RegisterAbsence => Text();
    public string RedistributeCases(string name) => Format("RedistributeCases", name);
    public string RedistributeHint => Text();
    public string RedistributeWhatHappens(string name, int open) => Format("RedistributeWhatHappens", name, open);
    public string ConfirmRedistribute => Text();
    public string SkillsSaved(string id) => Format("SkillsSaved", id);
    public string AbsenceRegistered(string id) => Format("AbsenceRegistered", id);
    public string CasesRedistributed(string id, int moved, int left) => left == 0
        ? Format("CasesRedistributed", moved, id)
        : Format("CasesRedistributed.SomeLeft", moved, id, left);
    public string OfficerNotFound => Text();

    // --- routing settings -----------------------------------------------------------------------------------------
    public string RoutingTitle => Text();
    public string RoutingIntro => Text();
    public string WhereToChangeHeading => Text();
    public string WhereToChangeText => Text();
    public string OfficerSettingsElsewhere => Text();
    public string LoadAndSlaHeading => Text();
    public string CapText(int cap) => Format("CapText", cap);
    public string WeightHeading => Text();
    public string FirstActionHeading => Text();
    public string DecisionDeadlineHeading => Text();
    public string WorkingDays(int days) => Format(days == 1 ? "WorkingDays.One" : "WorkingDays", days);
    public string WorkingDaysBefore(int days) => Format(days == 1 ? "WorkingDaysBefore.One" : "WorkingDaysBefore", days);
    public string SupplementAnswerHeading => Text();
    public string ReminderHeading => Text();
    public string Off => Text();
    public string FollowUpsHeading => Text();
    public string SelfSufficiencyHeading => Text();
    public string Months(IEnumerable<int> months) => Format("Months", JoinWithAnd(months));

    /// <summary>"3 och 6" / "3 and 6": the last two joined by the language's "and".</summary>
    private static string JoinWithAnd<TItem>(IEnumerable<TItem> items)
    {
        var list = items.Select(item => Convert.ToString(item, CultureInfo.CurrentCulture) ?? "").ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} {Text("ListAnd")} {list[^1]}";
    }
    public string UnitHubOfficersHeading => Text();
    public string NoUnitHubOfficers => Text();
    public string PriorityRulesHeading => Text();
    public string RuleHeading => Text();
    public string InForceHeading => Text();
    public string WageSubsidyStartRule(int days) => Format("WageSubsidyStartRule", days);
    public string NystartsjobbRule(int days) => Format("NystartsjobbRule", days);
    public string AvhoppareRule(string? unit) => Format("AvhoppareRule", unit ?? "–");
    public string JointProjectRule(IReadOnlyCollection<string> ids) => ids.Count == 0
        ? Text("JointProjectRule")
        : Format("JointProjectRule.Named", string.Join(", ", ids));
    public string CalendarHeading => Text();
    public string ClosedEvesHeading => Text();
    public string ClosedEves(bool midsummer, bool christmas, bool newYear)
    {
        var closed = new List<string>();
        if (midsummer) closed.Add(Text("ClosedEves.Midsummer"));
        if (christmas) closed.Add(Text("ClosedEves.Christmas"));
        if (newYear) closed.Add(Text("ClosedEves.NewYear"));
        return closed.Count == 0 ? None : string.Join(", ", closed);
    }
    public string ExtraClosedDaysHeading => Text();

    // --- failed messages ------------------------------------------------------------------------------------------
    public string DeadLettersTitle => Text();
    public string DeadLetterQueueTitle(string queue) => Format("DeadLetterQueueTitle", queue);
    public string NotAvailableHeading => Text();
    public string InMemoryBus => Text();
    public string DeadLettersIntro => Text();
    public string QueuesCaption => Text();
    public string QueueHeading => Text();
    public string MessagesHeading => Text();
    public string NotDeclared => Text();
    public string ShowMessagesIn(string queue) => Format("ShowMessagesIn", queue);
    public string MessagesIn(string queue) => Format("MessagesIn", queue);
    public string DeadLetterQueueEmpty => Text();
    public string ShowingMessages(int shown, uint total) => Format("ShowingMessages", shown, total);
    public string DeliveryCountNote => Text();
    public string RedriveAllHeading => Text();
    public string RedriveAll(uint count) => Format("RedriveAll", count);
    public string RedriveReasonHint => Text();
    public string DiscardReasonHint => Text();
    public string MessageHeading(string id) => Format("MessageHeading", id);
    public string MessageIdHeading => Text();
    public string MessageTypeHeading => Text();
    public string FaultHeading => Text();
    public string ConsumerHeading => Text();
    public string FaultedAtHeading => Text();
    public string SentAtHeading => Text();
    public string DeliveriesHeading => Text();
    public string Deliveries(string? retries, string deliveries) => Format("Deliveries", retries ?? "?", deliveries);
    public string DeadLetteredFromHeading => Text();
    public string MessageKeysHeading => Text();
    public string CaseIdHeading => Text();
    public string CaseIdFormat => Text();
    public string Redrive => Text();
    public string Discard => Text();
    public string MessagesRedriven(int count, IReadOnlyList<string> targets) => Format("MessagesRedriven", count, string.Join(", ", targets));
    public string MessagesRedrivenWithSkips(int count, IReadOnlyList<string> skipped) => Format("MessagesRedrivenWithSkips", count, string.Join(" ", skipped));
    public string MessageDiscarded(string id) => Format("MessageDiscarded", id);
    public string DiscardTitle => Text();
    public string DiscardWhatHappens => Text();
    public string ConfirmDiscard => Text();
    public string BrokerFailed(string message) => Format("BrokerFailed", message);

    // --- audit log ------------------------------------------------------------------------------------------------
    public string AuditTitle => Text();
    public string AuditIntro => Text();
    public string ActorHint => Text();
    public string PeriodFrom => Text();
    public string PeriodTo => Text();
    public string AuditFilterHeading => Text();
    public string ClearFilters => Text();
    public string AuditEntriesFound(int count) => Format(count == 1 ? "AuditEntriesFound.One" : "AuditEntriesFound", count);
    public string AuditActionHeading => Text();
    public string WhyHeading => Text();
    public string FilterByCase(Guid id) => Format("FilterByCase", id);
    public string Pages => Text();
    public string PreviousPage => Text();
    public string NextPage => Text();
    public string PageOf(int page, int count) => Format("PageOf", page, count);
}
