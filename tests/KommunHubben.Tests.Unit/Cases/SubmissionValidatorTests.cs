using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Tests.Unit.Cases;

public class SubmissionValidatorTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlySet<string> Projects = new HashSet<string> { "stockholmskraften" };
    // A valid personnummer from the public test vectors (see TestData/personnummer).
    private const string ValidPnr = "19090527+1474";

    private static (ValidatedSubmission? Ok, IReadOnlyList<ValidationError> Errors) Validate(SubmitCaseInput input) =>
        SubmissionValidator.Validate(input, Now, Projects);

    [Fact]
    public void A_general_question_without_a_person_is_accepted()
    {
        var (ok, errors) = Validate(new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput("Routines", "  Hur bokar vi möten?  "), null));

        Assert.Empty(errors);
        Assert.Equal(CaseType.GeneralQuestion, ok!.Type);
        Assert.Equal(new GeneralQuestionDetails(GeneralQuestionTopic.Routines, "Hur bokar vi möten?"), ok.Details);
    }

    [Fact]
    public void An_individual_planning_meeting_needs_a_person_a_purpose_and_a_future_time()
    {
        var (ok, errors) = Validate(new SubmitCaseInput("IndividualPlanning", ValidPnr, "stockholmskraften", null,
            new IndividualPlanningInput("JointPlanningMeeting", "Gemensam planering", [Now.AddDays(3)])));

        Assert.Empty(errors);
        Assert.Equal("190905271474", ok!.Person!.Normalized);
        Assert.Equal("stockholmskraften", ok.ProjectId);
    }

    public static TheoryData<SubmitCaseInput, string, string> Broken() => new()
    {
        { new SubmitCaseInput(null, null, null, null, null), "caseType", "is required" },
        { new SubmitCaseInput("Lunch", null, null, null, null), "caseType", "must be one of" },
        { new SubmitCaseInput("1", null, null, null, null), "caseType", "must be one of" },
        { new SubmitCaseInput("WageSubsidy", ValidPnr, null, null, null), "wageSubsidy", "is required for this case type" },
        { new SubmitCaseInput("DisabilityCoding", ValidPnr, null, null, null), "disabilityCoding", "is required for this case type" },
        { new SubmitCaseInput("DisabilityCoding", null, null, null, null), "personalIdentityNumber", "is required for this case type" },
        { new SubmitCaseInput("GeneralQuestion", null, null, null, null), "generalQuestion", "is required for this case type" },
        { new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput(null, "q"), null), "generalQuestion.topic", "is required" },
        { new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput("Weather", "q"), null), "generalQuestion.topic", "must be one of" },
        { new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput("Other", "   "), null), "generalQuestion.question", "is required" },
        { new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput("Other", new string('x', 4001)), null), "generalQuestion.question", "at most 4000 characters" },
        { new SubmitCaseInput("GeneralQuestion", null, null, new GeneralQuestionInput("Other", "a\0b"), null), "generalQuestion.question", "control characters" },
        { new SubmitCaseInput("GeneralQuestion", null, "no-such-project", new GeneralQuestionInput("Other", "q"), null), "projectId", "joint project" },
        { new SubmitCaseInput("IndividualPlanning", null, null, null, new IndividualPlanningInput("DailyNotes", "p", null)), "personalIdentityNumber", "is required for this case type" },
        { new SubmitCaseInput("IndividualPlanning", "19090527+1475", null, null, new IndividualPlanningInput("DailyNotes", "p", null)), "personalIdentityNumber", "check digit" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, null), "individualPlanning", "is required for this case type" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, new IndividualPlanningInput("Coffee", "p", null)), "individualPlanning.kind", "must be one of" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, new IndividualPlanningInput("DailyNotes", null, null)), "individualPlanning.purpose", "is required" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, new IndividualPlanningInput("JointPlanningMeeting", "p", [])), "individualPlanning.proposedMeetingTimes", "at least one proposed time" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, new IndividualPlanningInput("JointPlanningMeeting", "p", [Now.AddHours(-1)])), "individualPlanning.proposedMeetingTimes[0]", "must be in the future" },
        { new SubmitCaseInput("IndividualPlanning", ValidPnr, null, null, new IndividualPlanningInput("JointPlanningMeeting", "p", Enumerable.Range(1, 6).Select(i => Now.AddDays(i)).ToArray())), "individualPlanning.proposedMeetingTimes", "at most 5" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_rule_is_reported_with_the_field_and_the_rule(SubmitCaseInput input, string field, string rule)
    {
        var (ok, errors) = Validate(input);

        Assert.Null(ok);
        var error = Assert.Single(errors, e => e.Field == field);
        Assert.Contains(rule, error.English());
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var (_, errors) = Validate(new SubmitCaseInput("IndividualPlanning", "123", "nope", null, new IndividualPlanningInput(null, null, null)));

        Assert.Equal(
            ["individualPlanning.kind", "individualPlanning.purpose", "personalIdentityNumber", "projectId"],
            errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void An_error_never_repeats_the_personnummer_that_was_sent()
    {
        var (_, errors) = Validate(new SubmitCaseInput("IndividualPlanning", "19090527+1475", null, null, null));

        Assert.DoesNotContain(errors, e => e.English().Contains("1475") || e.English().Contains("090527"));
    }
}
