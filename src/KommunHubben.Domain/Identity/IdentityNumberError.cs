namespace KommunHubben.Domain.Identity;

/// <summary>Why an identity number was refused. <see cref="IdentityParseResult{T}.Rule"/> explains it in words.</summary>
public enum IdentityNumberError
{
    /// <summary>Nothing was given (null, empty or only whitespace).</summary>
    Missing,

    /// <summary>Not one of the accepted written forms (wrong length, letters, inner spaces, misplaced or wrong separator).</summary>
    WrongFormat,

    /// <summary>An interim number (a letter where the birth number starts, e.g. T, R, S …). The hub does not accept these.</summary>
    InterimNumberNotAccepted,

    /// <summary>The date of birth (for a samordningsnummer: the day minus 60) is not a real calendar date.</summary>
    InvalidDate,

    /// <summary>The birth number (the three digits after the date) is 000, which is never issued.</summary>
    InvalidBirthNumber,

    /// <summary>The Luhn check digit does not match.</summary>
    WrongCheckDigit,

    /// <summary>The date of birth lies after the reference date (only possible in the 12-digit form, which states the century).</summary>
    BirthDateInFuture,

    /// <summary>A valid organisation number was given where a personnummer or samordningsnummer is required.</summary>
    OrganisationNumberNotAccepted,

    /// <summary>Parsed as an organisation number, but its third digit is 0 or 1 (that range belongs to personal identity numbers).</summary>
    NotAnOrganisationNumber,
}
