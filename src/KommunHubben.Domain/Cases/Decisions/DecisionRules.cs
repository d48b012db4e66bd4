using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.Cases.Decisions;

/// <summary>
/// Checks an officer's decision against the case type's outcomes and what each outcome must say. Wage-subsidy grants
/// are computed by the caller with the wage-subsidy rules, because they need the request.
/// </summary>
public static class DecisionRules
{
    public static (DecisionDetails? Decision, IReadOnlyList<ValidationError> Errors) Validate(
        CaseType type, DecisionInput input, DateTime now, Func<DecisionInput, List<ValidationError>, DecisionDetails?>? grant = null,
        bool taggedToProject = false)
    {
        var errors = new List<ValidationError>();
        var allowed = CaseOutcomes.For(type, taggedToProject);
        var outcome = allowed.FirstOrDefault(o => string.Equals(o, input.Outcome?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (outcome is null)
        {
            errors.Add(new("outcome", RuleCode.OutcomeNotForCaseType, string.Join(", ", allowed)));
            return (null, errors);
        }

        DecisionDetails? decision = outcome switch
        {
            CaseOutcomes.Answered => Text(input.Explanation, "explanation", errors) is { } a ? new AnsweredDecision(a) : null,
            CaseOutcomes.InformationSent => Text(input.Explanation, "explanation", errors) is { } s ? new InformationSentDecision(s) : null,
            CaseOutcomes.Declined => Text(input.Explanation, "explanation", errors) is { } r ? new DeclinedDecision(r) : null,
            CaseOutcomes.NotCoded => Text(input.Explanation, "explanation", errors) is { } n ? new NotCodedDecision(n) : null,
            CaseOutcomes.Rejected => Text(input.Explanation, "explanation", errors) is { } j ? new RejectedDecision(j) : null,
            CaseOutcomes.SupportAssigned => Text(input.Explanation, "explanation", errors) is { } d ? new SupportAssignedDecision(d) : null,
            CaseOutcomes.Enrolled => OptionalNote(input, errors, note => new EnrolledDecision(note)),
            CaseOutcomes.MeetingBooked => Meeting(input, now, errors),
            CaseOutcomes.Coded => FieldRules.RequireName<DisabilityCategory>(input.Category, "category", errors) is { } c
                ? OptionalNote(input, errors, note => new CodedDecision(c, note))
                : null,
            CaseOutcomes.Granted => grant is null
                ? throw new InvalidOperationException("A wage-subsidy grant needs the grant rules.")
                : grant(input, errors),
            _ => null,
        };
        return errors.Count > 0 ? (null, errors) : (decision, errors);
    }

    private static string? Text(string? value, string field, List<ValidationError> errors) => FieldRules.RequireText(value, field, errors);

    private static DecisionDetails? Meeting(DecisionInput input, DateTime now, List<ValidationError> errors)
    {
        var before = errors.Count;
        if (input.MeetingAt is null) errors.Add(new("meetingAt", RuleCode.RequiredForOutcome));
        else if (input.MeetingAt.Value.ToUniversalTime() <= now) errors.Add(new("meetingAt", RuleCode.InTheFuture));
        var place = FieldRules.RequireText(input.MeetingPlace, "meetingPlace", errors, 500);
        var note = FieldRules.OptionalText(input.Explanation, "explanation", errors);
        return errors.Count > before ? null : new MeetingBookedDecision(input.MeetingAt!.Value.ToUniversalTime(), place!, note);
    }

    private static DecisionDetails? OptionalNote(DecisionInput input, List<ValidationError> errors, Func<string?, DecisionDetails> make)
    {
        var before = errors.Count;
        var note = FieldRules.OptionalText(input.Explanation, "explanation", errors);
        return errors.Count > before ? null : make(note);
    }
}
