namespace KommunHubben.Domain.Cases.DisabilityCoding;

/// <summary>The categories of disability AF uses publicly when it codes reduced work capacity.</summary>
public enum DisabilityCategory
{
    Cognitive,
    LanguageSpeech,
    MentalIllHealth,
    PhysicalHealth,
    Mobility,
    Vision,
    Hearing,
    Addiction,
}
