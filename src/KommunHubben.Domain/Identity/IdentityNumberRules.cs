namespace KommunHubben.Domain.Identity;

/// <summary>
/// The English, human-readable rule behind each <see cref="IdentityNumberError"/>.
/// These texts are fixed: they never contain (any part of) the value that was checked, because an identity number is
/// personal data and error texts end up in logs, problem details and screenshots.
/// </summary>
public static class IdentityNumberRules
{
    /// <summary>The rule a personnummer or samordningsnummer broke.</summary>
    public static string ForPersonalIdentityNumber(IdentityNumberError error) => error switch
    {
        IdentityNumberError.Missing => "a personnummer or samordningsnummer is required",
        IdentityNumberError.WrongFormat =>
            "must be 10 or 12 digits, optionally with '-' or '+' before the last four",
        IdentityNumberError.InterimNumberNotAccepted =>
            "interim numbers are not accepted; use the person's personnummer or samordningsnummer",
        IdentityNumberError.InvalidDate =>
            "the date of birth is not a real calendar date (in a samordningsnummer the day is the day of birth plus 60)",
        IdentityNumberError.InvalidBirthNumber =>
            "the birth number (the three digits after the date of birth) must not be all zeros",
        IdentityNumberError.WrongCheckDigit => "the check digit does not match (Luhn)",
        IdentityNumberError.BirthDateInFuture => "the date of birth is in the future",
        IdentityNumberError.OrganisationNumberNotAccepted =>
            "this is an organisation number; a personnummer or samordningsnummer is required",
        IdentityNumberError.NotAnOrganisationNumber => "this is not an organisation number",
        _ => "the identity number is not valid",
    };

    /// <summary>The rule an organisation number broke.</summary>
    public static string ForOrganisationNumber(IdentityNumberError error) => error switch
    {
        IdentityNumberError.Missing => "an organisation number is required",
        IdentityNumberError.WrongFormat =>
            "must be 10 digits, optionally with '-' before the last four, or 12 digits starting with '16'",
        IdentityNumberError.WrongCheckDigit => "the check digit does not match (Luhn)",
        IdentityNumberError.NotAnOrganisationNumber =>
            "the third digit of an organisation number must be 2 or higher; lower values belong to personal identity numbers",
        _ => "the organisation number is not valid",
    };
}
