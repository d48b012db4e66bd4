using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// How many months one decision may cover (SFS 2017:462). Shared by the request and the officer's decision so a
/// request that passes can also be granted as asked, and a decision cannot go beyond what a request could ask for.
/// </summary>
internal static class WageSubsidyPeriodRules
{
    /// <summary>The broken rule for a period of <paramref name="months"/> (its <see cref="RuleCode"/> and the cap in
    /// months), or null when it is allowed.</summary>
    /// <param name="form">The form; null when it is not known yet (only the first-decision cap can then be checked).</param>
    /// <param name="monthsAlreadyGranted">Months of this form already granted; null for a first decision.</param>
    /// <param name="months">The months asked for or granted in this decision (at least 1; the caller checks that).</param>
    public static (string Code, int MaxMonths)? WhyTooLong(WageSubsidyForm? form, int? monthsAlreadyGranted, int months, WageSubsidyRulesOptions rules)
    {
        if (monthsAlreadyGranted is null)
        {
            // The one-year cap holds for every form, so it is checked even when the form is missing or wrong.
            return months > rules.FirstDecisionMaxMonths
                ? (RuleCode.FirstDecisionMaxMonths, rules.FirstDecisionMaxMonths)
                : null;
        }

        // An extension of Development or Employment is capped only by the form's total, not also at 12 months per
        // decision: docs/domain.md names the one-year cap for the first decision only. (assumed)
        // long: the sum must not wrap around for absurd inputs.
        var total = (long)monthsAlreadyGranted.Value + months;
        return form switch
        {
            WageSubsidyForm.Development when total > rules.DevelopmentTotalMaxMonths =>
                (RuleCode.DevelopmentTotalMaxMonths, rules.DevelopmentTotalMaxMonths),
            WageSubsidyForm.Employment when total > rules.EmploymentTotalMaxMonths =>
                (RuleCode.EmploymentTotalMaxMonths, rules.EmploymentTotalMaxMonths),
            // No total cap for this form: each decision is capped on its own.
            WageSubsidyForm.SecurityInEmployment when months > rules.SecurityPerDecisionMaxMonths =>
                (RuleCode.SecurityDecisionMaxMonths, rules.SecurityPerDecisionMaxMonths),
            _ => null,
        };
    }
}
