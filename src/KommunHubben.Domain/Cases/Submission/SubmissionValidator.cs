using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Occupations;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>
/// Checks a submission against the rules of its case type and collects every broken rule at once,
/// so the contact person can fix all fields in one go.
/// </summary>
public static class SubmissionValidator
{
    /// <summary>Case types a contact person can submit in this version.</summary>
    private static readonly CaseType[] Submittable = Enum.GetValues<CaseType>();

    public static (ValidatedSubmission? Submission, IReadOnlyList<ValidationError> Errors) Validate(
        SubmitCaseInput input, DateTime now, IReadOnlySet<string> knownProjectIds, WageSubsidyRulesOptions? wageSubsidyRules = null)
    {
        var errors = new List<ValidationError>();

        var type = FieldRules.RequireName<CaseType>(input.CaseType, "caseType", errors);
        if (type is not null && !Submittable.Contains(type.Value))
        {
            errors.Add(new("caseType", RuleCode.NotInList, string.Join(", ", Submittable)));
            type = null;
        }

        var person = ValidatePerson(input.PersonalIdentityNumber, type, DateOnly.FromDateTime(now), errors);

        if (input.ProjectId is not null && !knownProjectIds.Contains(input.ProjectId))
            errors.Add(new("projectId", RuleCode.UnknownProject));

        CaseDetails? details = type switch
        {
            CaseType.GeneralQuestion => ValidateGeneralQuestion(input, errors),
            CaseType.IndividualPlanning => ValidateIndividualPlanning(input, now, errors),
            CaseType.DisabilityCoding => DisabilityCoding.DisabilityCodingRules.Validate(input.DisabilityCoding, DateOnly.FromDateTime(now), errors),
            CaseType.WageSubsidy => ValidateWageSubsidy(input, DateOnly.FromDateTime(now), wageSubsidyRules ?? new WageSubsidyRulesOptions(), errors),
            _ => null,
        };

        if (errors.Count > 0 || type is null || details is null)
            return (null, errors);
        return (new ValidatedSubmission(type.Value, person, input.ProjectId, details), errors);
    }

    private static PersonalIdentityNumber? ValidatePerson(string? value, CaseType? type, DateOnly today, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // Every case type but the general question is about a person.
            if (type is not null and not CaseType.GeneralQuestion)
                errors.Add(new("personalIdentityNumber", RuleCode.RequiredForCaseType));
            return null;
        }
        var parsed = PersonalIdentityNumber.Parse(value, today);
        if (!parsed.IsValid)
        {
            errors.Add(new("personalIdentityNumber", parsed.Code));
            return null;
        }
        return parsed.Value;
    }

    private static WageSubsidyDetails? ValidateWageSubsidy(SubmitCaseInput input, DateOnly today, WageSubsidyRulesOptions rules, List<ValidationError> errors)
    {
        if (input.WageSubsidy is null)
        {
            errors.Add(new("wageSubsidy", RuleCode.RequiredForCaseType));
            return null;
        }
        var (request, wageErrors) = WageSubsidyRequestValidator.Validate(input.WageSubsidy, today, rules, SsykCatalogue.Shipped);
        errors.AddRange(wageErrors);
        return request is null ? null : WageSubsidyDetails.From(request, rules);
    }

    private static GeneralQuestionDetails? ValidateGeneralQuestion(SubmitCaseInput input, List<ValidationError> errors)
    {
        if (input.GeneralQuestion is null)
        {
            errors.Add(new("generalQuestion", RuleCode.RequiredForCaseType));
            return null;
        }
        var topic = FieldRules.RequireName<GeneralQuestionTopic>(input.GeneralQuestion.Topic, "generalQuestion.topic", errors);
        var question = FieldRules.RequireText(input.GeneralQuestion.Question, "generalQuestion.question", errors);
        return topic is null || question is null ? null : new GeneralQuestionDetails(topic.Value, question);
    }

    private static IndividualPlanningDetails? ValidateIndividualPlanning(SubmitCaseInput input, DateTime now, List<ValidationError> errors)
    {
        var planning = input.IndividualPlanning;
        if (planning is null)
        {
            errors.Add(new("individualPlanning", RuleCode.RequiredForCaseType));
            return null;
        }
        var kind = FieldRules.RequireName<IndividualPlanningKind>(planning.Kind, "individualPlanning.kind", errors);
        var purpose = FieldRules.RequireText(planning.Purpose, "individualPlanning.purpose", errors);
        var times = planning.ProposedMeetingTimes ?? [];
        var timesValid = true;

        if (kind is IndividualPlanningKind.JointPlanningMeeting && times.Count == 0)
        {
            errors.Add(new("individualPlanning.proposedMeetingTimes", RuleCode.MeetingTimeRequired));
            timesValid = false;
        }
        if (times.Count > SubmissionLimits.MaxProposedMeetingTimes)
        {
            errors.Add(new("individualPlanning.proposedMeetingTimes", RuleCode.TooManyMeetingTimes, SubmissionLimits.MaxProposedMeetingTimes));
            timesValid = false;
        }
        for (var i = 0; i < times.Count; i++)
        {
            if (times[i].ToUniversalTime() <= now)
            {
                errors.Add(new($"individualPlanning.proposedMeetingTimes[{i}]", RuleCode.InTheFuture));
                timesValid = false;
            }
        }

        return kind is null || purpose is null || !timesValid
            ? null
            : new IndividualPlanningDetails(kind.Value, purpose, times.Select(t => t.ToUniversalTime()).ToArray());
    }
}
