namespace KommunHubben.Domain.Indicators;

/// <summary>
/// The gender the indicators are split by, as a code (Kolada splits by women and men). Taken from the personnummer's
/// birth number at submission; Unknown when the case has no person (a general question). A code like this is kept out
/// of logs: together with a case id it says something about a person.
/// </summary>
public enum Gender
{
    Woman,
    Man,
    Unknown,
}
