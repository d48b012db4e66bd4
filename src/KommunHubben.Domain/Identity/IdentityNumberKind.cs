namespace KommunHubben.Domain.Identity;

/// <summary>Which kind of Swedish personal identity number a <see cref="PersonalIdentityNumber"/> is.</summary>
public enum IdentityNumberKind
{
    /// <summary>A personnummer, issued by Skatteverket to people registered in Sweden (folkbokförda).</summary>
    PersonalIdentityNumber,

    /// <summary>A samordningsnummer (coordination number): the day of birth plus 60 (days 61–91).</summary>
    CoordinationNumber,
}
