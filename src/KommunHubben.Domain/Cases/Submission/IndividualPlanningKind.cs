namespace KommunHubben.Domain.Cases.Submission;

/// <summary>What an individual-planning case asks of AF (docs/domain.md, case type 1).</summary>
public enum IndividualPlanningKind
{
    JointPlanningMeeting,
    ActionPlanRequest,
    ActivityReports,
    DailyNotes,
    RegistrationStatus,
}
