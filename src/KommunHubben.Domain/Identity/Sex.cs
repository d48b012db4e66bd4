namespace KommunHubben.Domain.Identity;

/// <summary>Legal sex as encoded in a personnummer or samordningsnummer (odd birth number = male, even = female).</summary>
public enum Sex
{
    /// <summary>Even third digit of the birth number.</summary>
    Female,

    /// <summary>Odd third digit of the birth number.</summary>
    Male,
}
