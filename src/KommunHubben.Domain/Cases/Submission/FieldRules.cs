namespace KommunHubben.Domain.Cases.Submission;

/// <summary>The small rules every form field shares: required text within a length, a known name from a list.</summary>
public static class FieldRules
{
    public static string? RequireText(string? value, string field, List<ValidationError> errors, int maxLength = SubmissionLimits.FreeTextMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }
        return CheckText(value, field, errors, maxLength);
    }

    public static string? OptionalText(string? value, string field, List<ValidationError> errors, int maxLength = SubmissionLimits.FreeTextMaxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : CheckText(value, field, errors, maxLength);

    private static string? CheckText(string value, string field, List<ValidationError> errors, int maxLength)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(new(field, RuleCode.TooLong, maxLength));
            return null;
        }
        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add(new(field, RuleCode.ControlCharacters));
            return null;
        }
        return trimmed;
    }

    /// <summary>A value from an enum, by name only (case-insensitive): a number like "1" never passes as a member.</summary>
    public static T? RequireName<T>(string? value, string field, List<ValidationError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }
        var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(new(field, RuleCode.NotInList, string.Join(", ", Enum.GetNames<T>())));
            return null;
        }
        return Enum.Parse<T>(match);
    }
}
