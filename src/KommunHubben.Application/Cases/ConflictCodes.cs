using System.Reflection;

namespace KommunHubben.Application.Cases;

/// <summary>
/// Why a command could not change anything now (HTTP 409): a code and its arguments, never a sentence. The web pages
/// and the API's problem details word them in the reader's language (catalogue key "Conflict.&lt;code&gt;"), and the API
/// keeps the code in errorCodes so integrations can branch on it. The summaries give the English wording.
/// </summary>
public static class ConflictCodes
{
    /// <summary>the case changed since you loaded it (your version {0}, now {1}); reload and try again</summary>
    public const string ChangedSinceLoaded = "changedSinceLoaded";

    /// <summary>"{0}" cannot be done while the case is "{1}" (an action and a status code)</summary>
    public const string NotAllowedNow = "notAllowedNow";

    /// <summary>the action could not be applied</summary>
    public const string NotApplied = "notApplied";

    /// <summary>someone else changed the case (or a case about the person) at the same moment; nothing was saved</summary>
    public const string ChangedAtSameMoment = "changedAtSameMoment";

    /// <summary>other officers claimed the next cases at the same moment; try again</summary>
    public const string ClaimedAtSameMoment = "claimedAtSameMoment";

    /// <summary>the case already has a legal hold in force</summary>
    public const string LegalHoldInForce = "legalHoldInForce";

    /// <summary>a user with this id already exists</summary>
    public const string UserIdTaken = "userIdTaken";

    /// <summary>you cannot deactivate yourself; ask another administrator</summary>
    public const string CannotDeactivateSelf = "cannotDeactivateSelf";

    /// <summary>follow-ups are recorded for cases closed to work or studies</summary>
    public const string FollowUpNeedsWorkOrStudies = "followUpNeedsWorkOrStudies";

    /// <summary>the {0} follow-up of this case is already recorded (a follow-up kind)</summary>
    public const string FollowUpAlreadyRecorded = "followUpAlreadyRecorded";

    /// <summary>this consent was already withdrawn</summary>
    public const string ConsentAlreadyWithdrawn = "consentAlreadyWithdrawn";

    /// <summary>Every conflict code: what the catalogue must word in each language.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(ConflictCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!).ToList();
}
