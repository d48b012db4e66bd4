using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.DisabilityCoding;

namespace KommunHubben.Tests.Unit.Decisions;

public class DecisionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(CaseType.GeneralQuestion, "Answered, SupportAssigned, Declined")]
    [InlineData(CaseType.IndividualPlanning, "MeetingBooked, InformationSent, Declined")]
    [InlineData(CaseType.DisabilityCoding, "Coded, NotCoded")]
    [InlineData(CaseType.WageSubsidy, "Granted, Rejected")]
    public void Each_case_type_has_its_own_outcomes_and_others_are_refused(CaseType type, string outcomes)
    {
        Assert.Equal(outcomes, string.Join(", ", CaseOutcomes.For(type)));
        var foreign = type == CaseType.GeneralQuestion ? "Coded" : "Answered";

        var (decision, errors) = DecisionRules.Validate(type, new DecisionInput(foreign, "x"), Now);

        Assert.Null(decision);
        Assert.Equal($"must be one of: {outcomes} (for this case type)", Assert.Single(errors, e => e.Field == "outcome").English());
    }

    [Fact]
    public void A_booked_meeting_needs_a_future_time_and_a_place()
    {
        var at = Now.AddDays(3);
        var (decision, errors) = DecisionRules.Validate(CaseType.IndividualPlanning,
            new DecisionInput("MeetingBooked", null, at, "Jobbtorg Söder"), Now);

        Assert.Empty(errors);
        Assert.Equal(new MeetingBookedDecision(at, "Jobbtorg Söder", null), decision);

        var (_, missing) = DecisionRules.Validate(CaseType.IndividualPlanning, new DecisionInput("MeetingBooked", null, Now.AddHours(-1), " "), Now);
        Assert.Equal(["meetingAt", "meetingPlace"], missing.Select(e => e.Field).Order());
        Assert.Contains("must be in the future", missing.Single(e => e.Field == "meetingAt").English());
    }

    [Fact]
    public void A_coding_decision_names_a_known_category_and_a_refusal_gives_a_reason()
    {
        var (coded, _) = DecisionRules.Validate(CaseType.DisabilityCoding, new DecisionInput("coded", null, Category: "MentalIllHealth"), Now);
        Assert.Equal(new CodedDecision(DisabilityCategory.MentalIllHealth, null), coded);

        var (_, badCategory) = DecisionRules.Validate(CaseType.DisabilityCoding, new DecisionInput("Coded", null, Category: "Tired"), Now);
        Assert.Contains("must be one of", Assert.Single(badCategory, e => e.Field == "category").English());

        var (_, noReason) = DecisionRules.Validate(CaseType.DisabilityCoding, new DecisionInput("NotCoded", "  "), Now);
        Assert.Equal("is required", Assert.Single(noReason, e => e.Field == "explanation").English());
    }

    [Fact]
    public void A_wage_subsidy_grant_is_computed_by_the_callers_grant_rules()
    {
        var granted = new GrantedDecision(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), 12, 15000m, 80, 12000m, null);

        var (decision, errors) = DecisionRules.Validate(CaseType.WageSubsidy, new DecisionInput("Granted", null, GrantedMonths: 12, SubsidyPercent: 80), Now,
            (_, _) => granted);

        Assert.Empty(errors);
        Assert.Same(granted, decision);
    }
}

public class ProjectOutcomeTests
{
    [Fact]
    public void Only_a_case_tagged_to_a_joint_project_can_end_in_enrolment()
    {
        var now = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

        var (enrolled, _) = DecisionRules.Validate(CaseType.IndividualPlanning, new DecisionInput("Enrolled", null), now, taggedToProject: true);
        var (_, refused) = DecisionRules.Validate(CaseType.IndividualPlanning, new DecisionInput("Enrolled", null), now, taggedToProject: false);

        Assert.Equal(new EnrolledDecision(null), enrolled);
        Assert.Contains("must be one of: MeetingBooked, InformationSent, Declined", Assert.Single(refused).English());
    }
}
