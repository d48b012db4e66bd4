namespace KommunHubben.Domain.Cases.Submission;

/// <summary>The codes of refusals (consent, protected identity), of the officers' and administrators' forms and of the coordinators' queries.</summary>
public static partial class RuleCode
{
    /// <summary>Cases about a person with protected identity must not be sent through the hub. Nothing about the person was stored. Contact Arbetsförmedlingen by telephone through the route for municipalities instead.</summary>
    public const string ProtectedIdentity = "protectedIdentity";

    /// <summary>the case cannot be sent: no consent from this person is registered. Register the person's consent first.</summary>
    public const string NoConsentRegistered = "noConsentRegistered";

    /// <summary>the case cannot be sent: the person has withdrawn their consent</summary>
    public const string ConsentWithdrawn = "consentWithdrawn";

    /// <summary>the case cannot be sent: the consent is not yet in force</summary>
    public const string ConsentNotYetInForce = "consentNotYetInForce";

    /// <summary>the case cannot be sent: the consent has expired. Register a new consent.</summary>
    public const string ConsentExpired = "consentExpired";

    /// <summary>the case cannot be sent: the consent does not cover {0}. Register the person's consent for it first.</summary>
    public const string ConsentDoesNotCoverType = "consentDoesNotCoverType";

    /// <summary>must be another officer</summary>
    public const string AnotherOfficer = "anotherOfficer";

    /// <summary>must be an active employment officer</summary>
    public const string ActiveOfficer = "activeOfficer";

    /// <summary>must be 2–64 lower-case letters, digits and hyphens, starting with a letter</summary>
    public const string ProjectIdFormat = "projectIdFormat";

    /// <summary>must be a whole number from 0 to 1000000</summary>
    public const string ParticipantTargetRange = "participantTargetRange";

    /// <summary>is required (multipart/form-data field 'file')</summary>
    public const string FileRequired = "fileRequired";

    /// <summary>a user with this id already exists</summary>
    public const string UserIdTaken = "userIdTaken";

    /// <summary>a project with this id already exists</summary>
    public const string ProjectIdTaken = "projectIdTaken";

    /// <summary>cases are tagged to this project; it stays so that their figures stay</summary>
    public const string ProjectInUse = "projectInUse";

    /// <summary>must be one or two of: {0} (comma-separated)</summary>
    public const string BreakdownDimension = "breakdownDimension";

    /// <summary>names {0} twice</summary>
    public const string BreakdownTwice = "breakdownTwice";

    /// <summary>can break down by at most two dimensions</summary>
    public const string BreakdownTooMany = "breakdownTooMany";

    /// <summary>must be a case reference such as KH-2026-000123</summary>
    public const string ReferenceFormat = "referenceFormat";

    /// <summary>must be a year from {0} to {1}</summary>
    public const string YearRange = "yearRange";
}
