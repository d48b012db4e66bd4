using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// Turns an officer's "Granted" into a decision: the months and percentage are checked against the caps of the form
/// (first decision at most 12 months; 24/96 months in total; 48 per decision for security), and the basis, monthly
/// subsidy and period are computed here — never typed in by hand.
/// </summary>
public static class WageSubsidyGrant
{
    public static DecisionDetails? Decide(WageSubsidyDetails request, DecisionInput input, WageSubsidyRulesOptions rules, List<ValidationError> errors)
    {
        var before = errors.Count;
        if (input.GrantedMonths is null) errors.Add(new("grantedMonths", RuleCode.RequiredForOutcome));
        if (input.SubsidyPercent is null) errors.Add(new("subsidyPercent", RuleCode.RequiredForOutcome));
        var note = FieldRules.OptionalText(input.Explanation, "explanation", errors);
        if (errors.Count > before) return null;

        // The validator names fields "decision.x"; in the decision request body they are top-level.
        errors.AddRange(WageSubsidyDecisionValidator
            .Validate(request.Form, request.MonthsAlreadyGranted, input.GrantedMonths!.Value, input.SubsidyPercent!.Value, rules)
            .Select(e => e with { Field = e.Field.Replace("decision.", "", StringComparison.Ordinal) }));
        if (errors.Count > before) return null;

        var basis = WageSubsidyCalculator.SubsidyBasis(request.GrossMonthlyWage, request.ExtentPercent, rules);
        var (start, end) = WageSubsidyCalculator.DecisionPeriod(request.StartDate, input.GrantedMonths.Value);
        return new GrantedDecision(start, end, input.GrantedMonths.Value, basis, input.SubsidyPercent.Value,
            WageSubsidyCalculator.MonthlySubsidy(basis, input.SubsidyPercent.Value, rules), note);
    }
}
