namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// How many months one decision may cover (SFS 2017:462). Shared by the request and the officer's decision so a
/// request that passes can also be granted as asked, and a decision cannot go beyond what a request could ask for.
/// </summary>
internal static class WageSubsidyPeriodRules
{
    /// <summary>The broken rule for a period of <paramref name="months"/>, or null when it is allowed.</summary>
    /// <param name="form">The form; null when it is not known yet (only the first-decision cap can then be checked).</param>
    /// <param name="monthsAlreadyGranted">Months of this form already granted; null for a first decision.</param>
    /// <param name="months">The months asked for or granted in this decision (at least 1; the caller checks that).</param>
    public static string? WhyTooLong(WageSubsidyForm? form, int? monthsAlreadyGranted, int months, WageSubsidyRulesOptions rules)
    {
        if (monthsAlreadyGranted is null)
        {
            // The one-year cap holds for every form, so it is checked even when the form is missing or wrong.
            return months > rules.FirstDecisionMaxMonths
                ? $"the first decision covers at most {rules.FirstDecisionMaxMonths} months"
                : null;
        }

        // An extension of Development or Employment is capped only by the form's total, not also at 12 months per
        // decision: docs/domain.md names the one-year cap for the first decision only. (assumed)
        // long: the sum must not wrap around for absurd inputs.
        var total = (long)monthsAlreadyGranted.Value + months;
        return form switch
        {
            WageSubsidyForm.Development when total > rules.DevelopmentTotalMaxMonths =>
                $"Development (lönebidrag för utveckling i anställning) covers at most {rules.DevelopmentTotalMaxMonths} months in total, counting the months already granted",
            WageSubsidyForm.Employment when total > rules.EmploymentTotalMaxMonths =>
                $"Employment (lönebidrag för anställning) covers at most {rules.EmploymentTotalMaxMonths} months in total, counting the months already granted",
            // No total cap for this form: each decision is capped on its own.
            WageSubsidyForm.SecurityInEmployment when months > rules.SecurityPerDecisionMaxMonths =>
                $"a decision on SecurityInEmployment (lönebidrag för trygghet i anställning) covers at most {rules.SecurityPerDecisionMaxMonths} months",
            _ => null,
        };
    }
}
