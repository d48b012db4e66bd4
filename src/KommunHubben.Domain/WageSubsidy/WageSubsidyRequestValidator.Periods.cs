using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>The rules of an extension's history and of the periods' months (caps set by law and budget), and required text.</summary>
public static partial class WageSubsidyRequestValidator
{
    /// <summary>The extension's history with its reference trimmed, or null (first decision, or a broken rule).</summary>
    private static WageSubsidyHistory? ValidateEarlier(WageSubsidyHistory? earlier, List<ValidationError> errors)
    {
        if (earlier is null)
            return null;

        var monthsValid = true;
        // An extension builds on a decision that granted at least one month; 0 is what a missing JSON number becomes.
        if (earlier.MonthsAlreadyGrantedInThisForm < 1)
        {
            errors.Add(new(Prefix + "earlier.monthsAlreadyGranted", RuleCode.AtLeastOneForExtension));
            monthsValid = false;
        }

        var reference = RequireText(earlier.EarlierDecisionReference, "earlier.earlierDecisionReference", ReferenceMaxLength, errors,
            missingRule: RuleCode.RequiredForExtension);

        return monthsValid && reference is not null ? earlier with { EarlierDecisionReference = reference } : null;
    }

    private static int? ValidateMonths(
        int? value, WageSubsidyForm? form, WageSubsidyHistory? earlierAsSent, WageSubsidyHistory? earlier,
        WageSubsidyRulesOptions rules, List<ValidationError> errors)
    {
        const string field = Prefix + "requestedMonths";
        if (value is null)
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }

        if (value < 1)
        {
            errors.Add(new(field, RuleCode.AtLeastOne));
            return null;
        }

        (string Code, int MaxMonths)? tooLong;
        if (earlierAsSent is null)
            tooLong = WageSubsidyPeriodRules.WhyTooLong(form, null, value.Value, rules);
        else if (form is null || earlier is null)
            tooLong = null; // The caps of an extension depend on the form and the months already granted; those errors are reported already.
        else
            tooLong = WageSubsidyPeriodRules.WhyTooLong(form, earlier.MonthsAlreadyGrantedInThisForm, value.Value, rules);

        if (tooLong is { } cap)
        {
            errors.Add(new(field, cap.Code, cap.MaxMonths));
            return null;
        }

        return value;
    }

    private static string? RequireText(
        string? value, string name, int maxLength, List<ValidationError> errors, string missingRule = RuleCode.Required)
    {
        var field = Prefix + name;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missingRule));
            return null;
        }

        // Line breaks and tabs are normal in a pasted plan; other control characters are refused (FieldRules).
        return FieldRules.OptionalText(value, field, errors, maxLength);
    }
}
