using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// Checks what an officer grants on a wage-subsidy request: the same period caps a request obeys (first decision at
/// most 12 months, the totals per form), and a subsidy percent the calculator accepts. Field names are under
/// "decision." as in the officer's decision form. (assumed)
/// </summary>
/// <remarks>
/// The officer may grant fewer or more months than requested, as long as the caps hold: the period is AF's decision,
/// the request only a proposal. (assumed)
/// </remarks>
public static class WageSubsidyDecisionValidator
{
    /// <summary>Checks a decision on a validated request (its form and earlier decision decide the caps).</summary>
    public static IReadOnlyList<ValidationError> Validate(
        ValidatedWageSubsidyRequest request, int grantedMonths, int subsidyPercent, WageSubsidyRulesOptions rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(request.Form, request.Earlier?.MonthsAlreadyGrantedInThisForm, grantedMonths, subsidyPercent, rules);
    }

    /// <summary>Checks a decision of <paramref name="grantedMonths"/> months at <paramref name="subsidyPercent"/> %.</summary>
    /// <param name="monthsAlreadyGranted">Months of this form granted by earlier decisions; null for a first decision.</param>
    public static IReadOnlyList<ValidationError> Validate(
        WageSubsidyForm form, int? monthsAlreadyGranted, int grantedMonths, int subsidyPercent, WageSubsidyRulesOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<ValidationError>();

        if (monthsAlreadyGranted is < 1)
            errors.Add(new("decision.monthsAlreadyGranted", RuleCode.AtLeastOneForExtension));

        if (grantedMonths < 1)
            errors.Add(new("decision.grantedMonths", RuleCode.AtLeastOne));
        else if (monthsAlreadyGranted is null or >= 1
                 && WageSubsidyPeriodRules.WhyTooLong(form, monthsAlreadyGranted, grantedMonths, rules) is { } tooLong)
            errors.Add(new("decision.grantedMonths", tooLong.Code, tooLong.MaxMonths));

        if (subsidyPercent < 1 || subsidyPercent > rules.MaxSubsidyPercent)
            errors.Add(new("decision.subsidyPercent", RuleCode.SubsidyPercentRange, rules.MaxSubsidyPercent));

        return errors;
    }
}
