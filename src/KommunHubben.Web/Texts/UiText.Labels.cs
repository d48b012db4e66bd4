using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.Submission;
namespace KommunHubben.Web.Texts;

/// <summary>Names of the hub's codes (case types, statuses, outcomes, …) in both languages. An unknown code is shown as it is.</summary>
public sealed partial class UiText
{
    /// <summary>The name of a code in one of the catalogue's lists ("Status" + "Submitted" → key "Status.Submitted"); an unknown code is shown as it is.</summary>
    private static string Label(string list, string? code) => code is null ? "" : Find(list + "." + code) ?? code;

    /// <summary>Whether a list of the catalogue names the code.</summary>
    private static bool Knows(string list, string code) => Find(list + "." + code) is not null;
















    public string Role(string? code) => Label("Role", code);
    public string CaseType(string? code) => Label("CaseType", code);
    public string Status(string? code) => Label("Status", code);
    public string Action(string? code) => Label("Action", code);
    public string Outcome(string? code) => Label("Outcome", code);
    public string Closure(string? code) => Label("Closure", code);
    public string Rejection(string? code) => Label("Rejection", code);
    public string Topic(string? code) => Label("Topic", code);
    public string PlanningKind(string? code) => Label("PlanningKind", code);
    public string Category(string? code) => Label("Category", code);
    public string Evidence(string? code) => Label("Evidence", code);
    public string WageForm(string? code) => Label("WageForm", code);
    public string GivenHow(string? code) => Label("GivenHow", code);
    public string Sort(string? code) => Label("Sort", code);
    public string Notification(string? code) => Label("Notification", code);

    /// <summary>The code of a message a page has worded itself; its only argument is the text.</summary>
    public const string WordedRule = "worded";

    /// <summary>A broken rule in the reader's language, from its code and arguments (catalogue key "Rule.&lt;code&gt;").</summary>
    public string Rule(ValidationError error) => WordRule(error);

    /// <summary>As <see cref="Rule"/>, for the API's problem details, which have no page.</summary>
    public static string WordRule(ValidationError error) =>
        error.Code == WordedRule && error.Args is [string worded] ? worded
        : Find("Rule." + error.Code) is { } text ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text, error.Args)
        : error.Code;

    /// <summary>Why nothing changed (HTTP 409), in the reader's language: catalogue key "Conflict.&lt;code&gt;" with its
    /// arguments, an action, status or follow-up code among them named too.</summary>
    public static string WordConflict(CommandResult.Conflict conflict)
    {
        var args = conflict.Code switch
        {
            ConflictCodes.NotAllowedNow when conflict.Args is [string action, string status] => [Label("Action", action), Label("Status", status)],
            ConflictCodes.FollowUpAlreadyRecorded when conflict.Args is [string kind] => [Label("FollowUp", kind)],
            _ => conflict.Args,
        };
        return Find("Conflict." + conflict.Code) is { } text ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text, args) : conflict.Code;
    }
}
