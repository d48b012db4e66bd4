using System.Reflection;
using KommunHubben.Domain.Evidence;
using KommunHubben.Domain.Identity;

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>
/// The code of every rule a field can break. Rules hand back a code and its arguments, never a sentence: the web pages
/// and the API's problem details word them in the reader's language (catalogue key "Rule.&lt;code&gt;"), and
/// integrations branch on the code. The summaries give the English wording.
/// </summary>
public static partial class RuleCode
{
    /// <summary>is required</summary>
    public const string Required = "required";

    /// <summary>is required for this case type</summary>
    public const string RequiredForCaseType = "requiredForCaseType";

    /// <summary>is required for this outcome</summary>
    public const string RequiredForOutcome = "requiredForOutcome";

    /// <summary>is required for an extension</summary>
    public const string RequiredForExtension = "requiredForExtension";

    /// <summary>must be at most {0} characters</summary>
    public const string TooLong = "tooLong";

    /// <summary>must not contain control characters other than line breaks and tabs</summary>
    public const string ControlCharacters = "controlCharacters";

    /// <summary>must be one of: {0}</summary>
    public const string NotInList = "notInList";

    /// <summary>must be given (true or false)</summary>
    public const string YesOrNo = "yesOrNo";

    /// <summary>must be a four-digit SSYK 2012 occupation group code</summary>
    public const string OccupationFormat = "occupationFormat";

    /// <summary>is not an occupation group in Arbetsförmedlingen's SSYK 2012 list</summary>
    public const string OccupationUnknown = "occupationUnknown";

    /// <summary>must be a percentage of full time from 1 to 100</summary>
    public const string PercentOfFullTime = "percentOfFullTime";

    /// <summary>must be more than 0 kr</summary>
    public const string AmountAboveZero = "amountAboveZero";

    /// <summary>must be at most {0} kr a month; check for a typing mistake</summary>
    public const string WageTooHigh = "wageTooHigh";

    /// <summary>must be in kronor with at most two decimals</summary>
    public const string AtMostTwoDecimals = "atMostTwoDecimals";

    /// <summary>must not be before today</summary>
    public const string NotBeforeToday = "notBeforeToday";

    /// <summary>must not be in the past</summary>
    public const string NotInThePast = "notInThePast";

    /// <summary>cannot be in the future</summary>
    public const string NotInTheFuture = "notInTheFuture";

    /// <summary>must be in the future</summary>
    public const string InTheFuture = "inTheFuture";

    /// <summary>must be at least 1</summary>
    public const string AtLeastOne = "atLeastOne";

    /// <summary>must be at least 1 for an extension</summary>
    public const string AtLeastOneForExtension = "atLeastOneForExtension";

    /// <summary>the first decision covers at most {0} months</summary>
    public const string FirstDecisionMaxMonths = "firstDecisionMaxMonths";

    /// <summary>Development covers at most {0} months in total, counting the months already granted</summary>
    public const string DevelopmentTotalMaxMonths = "developmentTotalMaxMonths";

    /// <summary>Employment covers at most {0} months in total, counting the months already granted</summary>
    public const string EmploymentTotalMaxMonths = "employmentTotalMaxMonths";

    /// <summary>a decision on SecurityInEmployment covers at most {0} months</summary>
    public const string SecurityDecisionMaxMonths = "securityDecisionMaxMonths";

    /// <summary>must be from 1 to {0} percent</summary>
    public const string SubsidyPercentRange = "subsidyPercentRange";

    /// <summary>at least one category is required</summary>
    public const string CategoryRequired = "categoryRequired";

    /// <summary>at least one piece of evidence is required</summary>
    public const string EvidenceRequired = "evidenceRequired";

    /// <summary>at most {0} pieces of evidence</summary>
    public const string TooManyEvidence = "tooManyEvidence";

    /// <summary>each attached file can belong to one piece of evidence only</summary>
    public const string FileUsedTwice = "fileUsedTwice";

    /// <summary>must be a file uploaded from your unit that is not yet attached to a case</summary>
    public const string FileNotYours = "fileNotYours";

    /// <summary>the case is finished, so its conversation is closed for new messages</summary>
    public const string ConversationClosed = "conversationClosed";

    /// <summary>must be the id of a joint project known to the hub</summary>
    public const string UnknownProject = "unknownProject";

    /// <summary>at least one proposed time is required for a joint planning meeting</summary>
    public const string MeetingTimeRequired = "meetingTimeRequired";

    /// <summary>at most {0} proposed times</summary>
    public const string TooManyMeetingTimes = "tooManyMeetingTimes";

    /// <summary>must be one of: {0} (for this case type)</summary>
    public const string OutcomeNotForCaseType = "outcomeNotForCaseType";

    /// <summary>at least one case type the consent covers is required</summary>
    public const string ConsentCaseTypeRequired = "consentCaseTypeRequired";

    /// <summary>a consent can run at most {0} days from the day it was given</summary>
    public const string ConsentTooLong = "consentTooLong";

    /// <summary>must be 2-64 letters, digits, '.', '_' or '-', starting with a letter or digit</summary>
    public const string UserIdFormat = "userIdFormat";

    /// <summary>is required for a contact person</summary>
    public const string UnitRequiredForContactPerson = "unitRequiredForContactPerson";

    /// <summary>must be empty: only contact persons belong to a unit</summary>
    public const string UnitOnlyForContactPerson = "unitOnlyForContactPerson";

    /// <summary>does not exist</summary>
    public const string UnknownUnit = "unknownUnit";

    /// <summary>must not be before the start</summary>
    public const string EndBeforeStart = "endBeforeStart";

    /// <summary>must include at least one case type (register an absence to pause an officer)</summary>
    public const string SkillRequired = "skillRequired";

    /// <summary>is required for this follow-up (true = lives without financial aid)</summary>
    public const string SelfSufficiencyRequired = "selfSufficiencyRequired";

    /// <summary>is required for this follow-up (true = still in work or studies)</summary>
    public const string WorkOrStudiesRequired = "workOrStudiesRequired";


    /// <summary>A personnummer or samordningsnummer broke a rule, e.g. "personnummer.wrongCheckDigit".</summary>
    public static string Personnummer(IdentityNumberError error) => "personnummer." + Camel(error.ToString());

    /// <summary>An organisation number broke a rule, e.g. "organisationNumber.wrongFormat".</summary>
    public static string OrganisationNumber(IdentityNumberError error) => "organisationNumber." + Camel(error.ToString());

    /// <summary>An uploaded evidence file was refused, e.g. "file.tooLarge".</summary>
    public static string File(EvidenceFileRefusal refusal) => "file." + Camel(refusal.ToString());

    /// <summary>Every code a rule can yield: what the catalogue must word in each language.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. typeof(RuleCode).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
        .. Enum.GetValues<IdentityNumberError>().Select(Personnummer),
        .. Enum.GetValues<IdentityNumberError>().Select(OrganisationNumber),
        .. Enum.GetValues<EvidenceFileRefusal>().Select(File),
    ];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
