namespace KommunHubben.Domain.Cases.Submission;

/// <summary>Size limits of free text. Long enough for a real question; short enough that a paste accident is caught.</summary>
public static class SubmissionLimits
{
    public const int FreeTextMaxLength = 4000;
    public const int MaxProposedMeetingTimes = 5;
}
