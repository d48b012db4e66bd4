using KommunHubben.Domain.Routing;
using KommunHubben.Web.Infrastructure;

namespace KommunHubben.Web.Texts;

/// <summary>The routing line of a case, the audit log's reasons and other codes stored as data, in words and with
/// people's names (the domain stores codes and ids).</summary>
public sealed partial class UiText
{
    /// <summary>Unit kinds of the city's units (Unit.Kind).</summary>
    public static readonly IReadOnlyList<string> UnitKinds = ["FinancialAid", "Jobbtorg", "SupportTeam"];

    /// <summary>Every action the audit log records, besides the case actions (CaseAction).</summary>
    public static readonly IReadOnlyList<string> AuditActions =
    [
        "ReadPersonalDetails", "ReadAttachment", "ReadConsents", "RegisterConsent", "WithdrawConsent", "ClaimNext", "Redistribute",
        "RegisterAbsence", "SetSkills", "AddUser", "DeactivateUser", "ReactivateUser", "RedriveMessage", "DiscardMessage",
        "SubmitCase", "StopCase", "RecordFollowUp", "ForwardToAf", "SendSupplementToAf", "ReadConversation", "SearchByPersonalIdentityNumber",
        "RegisterExtract", "RegisterExtractRequest", "SetLegalHold", "LiftLegalHold",
    ];

    /// <summary>Reasons the hub itself writes into the audit log (a person's own reason is shown as written).</summary>
    public static readonly IReadOnlyList<string> AuditReasons = ["CaseHandling", "HolderRead", "FileDownload", "ContactOpenedCase", "ConsentExpired", "Deactivated",
        "Reactivated", "CaseSubmitted", "FollowUpAfterClosure", "ConsentRegister", "Absent", "Skills", "Added", "AddedInUnit"];

    /// <summary>Every kind of notification the hub sends.</summary>
    public static readonly IReadOnlyList<string> NotificationKinds =
    [
        "NewCase", "SupplementRequested", "SupplementAnswered", "CaseDecided", "CaseStoppedConsentWithdrawn", "CaseStoppedConsentExpired", "ConsentExpiresSoon", "CaseRedistributedToYou",
        "FollowUp3Months", "FollowUp6Months", "SelfSufficiency6Months", "BreachFirstAction", "BreachDecision", "BreachSupplementAnswer",
        "ReminderFirstAction", "ReminderDecision", "ReminderSupplementAnswer",
        "MessageReceived",
    ];

    public string UnitKind(string? code) => Label("UnitKind", code);

    /// <summary>The heading of a refused submission, by its refusal code (MissingConsent, ProtectedIdentity).</summary>
    public static string RefusedTitle(string code) => Find("RefusedTitle." + code) ?? code;

    /// <summary>Why a case went where it is, with the officers' names; an older free-text reason as "routed by the rules".</summary>
    public string RoutingReason(string? stored, Func<string, string> nameOf)
    {
        if (string.IsNullOrEmpty(stored)) return None;
        var reason = Domain.Routing.RoutingReason.Parse(stored);
        var fixedCount = reason is null ? 0 : Domain.Routing.RoutingReason.FixedArgs(reason.Code);
        var all = reason?.Args ?? [];
        var a = all.Take(fixedCount).ToList();
        object[]? args = reason?.Code switch
        {
            Domain.Routing.RoutingReason.BySkill or Domain.Routing.RoutingReason.AllAtCap when a.Count == 4 => [nameOf(a[0]), CaseType(a[1]), a[2], a[3]],
            Domain.Routing.RoutingReason.PreviousOfficer or Domain.Routing.RoutingReason.HubOfficer when a.Count == 3 => [nameOf(a[0]), a[1], a[2]],
            Domain.Routing.RoutingReason.NoOfficer when a.Count == 1 => [CaseType(a[0])],
            Domain.Routing.RoutingReason.ClaimedFromQueue when a.Count == 2 => [nameOf(a[0]), a[1].Length == 0 ? None : nameOf(a[1])],
            _ => null,
        };
        if (args is null) return Text("RoutingByRules");
        var passedOver = all.Skip(fixedCount).Select(arg => arg.Split(':')).Where(p => p.Length == 2 && Find("Routing.passedOver." + p[1]) is not null)
            .Select(p => Format("Routing.passedOver." + p[1], nameOf(p[0])));
        return string.Join(" ", [Format("Routing." + reason!.Code, args), .. passedOver]);
    }

    /// <summary>An audit entry's reason: the hub's own reasons and routing codes in words, people named by
    /// <paramref name="nameOf"/>, a person's reason as written.</summary>
    public string AuditReason(string? reason, CaseNaming names) => reason switch
    {
        null or "" => None,
        "case handling" => Text("AuditReason.CaseHandling"),
        "handläggning av tilldelat ärende" => Text("AuditReason.HolderRead"),
        "nedladdning av underlag" => Text("AuditReason.FileDownload"),
        "contact person opened the case page" => Text("AuditReason.ContactOpenedCase"),
        "case submitted" => Text("AuditReason.CaseSubmitted"),
        "follow-up after closure" => Text("AuditReason.FollowUpAfterClosure"),
        "consent register" => Text("AuditReason.ConsentRegister"),
        Application.Consents.ConsentExpiryJob.AuditReason => Text("AuditReason.ConsentExpired"),
        _ when reason.EndsWith(" deactivated", StringComparison.Ordinal) => Format("AuditReason.Deactivated", names.Person(reason[..^" deactivated".Length])),
        _ when reason.EndsWith(" reactivated", StringComparison.Ordinal) => Format("AuditReason.Reactivated", names.Person(reason[..^" reactivated".Length])),
        _ when AdminReason().Match(reason) is { Success: true } m => m.Groups["what"].Value switch
        {
            "absent" => Format("AuditReason.Absent", names.Person(m.Groups["id"].Value), m.Groups["rest"].Value),
            "takes" => Format("AuditReason.Skills", names.Person(m.Groups["id"].Value),
                string.Join(", ", m.Groups["rest"].Value.Split(',').Select(CaseType))),
            _ => m.Groups["rest"].Value.Split(" in ") is [var role, var unit]
                ? Format("AuditReason.AddedInUnit", names.Person(m.Groups["id"].Value), Role(role), names.Unit(unit))
                : Format("AuditReason.Added", names.Person(m.Groups["id"].Value), Role(m.Groups["rest"].Value)),
        },
        _ when Domain.Routing.RoutingReason.Parse(reason) is not null => RoutingReason(reason, names.Person),
        _ => reason,
    };

    /// <summary>The administrator's own entries: "&lt;id&gt; absent &lt;from&gt;–&lt;to&gt;", "&lt;id&gt; takes &lt;types&gt;", "&lt;id&gt; added as &lt;role&gt;[ in &lt;unit&gt;]".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<id>\S+) (?<what>absent|takes|added as) (?<rest>.+)$")]
    private static partial System.Text.RegularExpressions.Regex AdminReason();
}
