namespace KommunHubben.Domain.Cases.Submission;

/// <summary>The topic list of a general cooperation question (samverkansfråga).</summary>
public enum GeneralQuestionTopic
{
    Cooperation,
    Routines,
    Efforts,
    Registration,
    /// <summary>A request for an AF support: SIUS, nystartsjobb, introduktionsjobb.</summary>
    SupportRequest,
    Other,
}
