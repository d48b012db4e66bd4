using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;

namespace KommunHubben.Tests.Unit.Deadlines;

public class DeadlinePlannerTests
{
    private static readonly DeadlinePlanner Planner = new(new SlaOptions(), new WorkingDayCalendar(new WorkingDayCalendarOptions()));

    [Fact]
    public void A_case_submitted_the_thursday_before_easter_is_due_after_the_holidays_at_the_same_local_time()
    {
        // Maundy Thursday 25 March 2027, 14:00 in Stockholm (13:00 UTC, winter time).
        var submitted = new DateTime(2027, 3, 25, 13, 0, 0, DateTimeKind.Utc);

        var deadlines = Planner.WhenRouted(CaseType.GeneralQuestion, submitted);

        // Two working days: långfredagen, the weekend and annandag påsk do not count → Tuesday 30, Wednesday 31 March,
        // 14:00 local, which is 12:00 UTC after the switch to summer time on 28 March.
        var firstAction = Assert.Single(deadlines, d => d.Kind == DeadlineKind.FirstAction && !d.IsReminder);
        Assert.Equal(new DateTime(2027, 3, 31, 12, 0, 0, DateTimeKind.Utc), firstAction.DueAt);
        var reminder = Assert.Single(deadlines, d => d.Kind == DeadlineKind.FirstAction && d.IsReminder);
        Assert.Equal(new DateTime(2027, 3, 30, 12, 0, 0, DateTimeKind.Utc), reminder.DueAt);
    }

    [Fact]
    public void Midsummer_eve_is_not_a_working_day_for_a_supplement_answer()
    {
        // Thursday 24 June 2027 10:00 local; midsommarafton Friday 25 is off; 1 working day → Monday 28 June.
        var requested = new DateTime(2027, 6, 24, 8, 0, 0, DateTimeKind.Utc);
        var planner = new DeadlinePlanner(new SlaOptions { SupplementAnswerDays = 1 }, new WorkingDayCalendar(new WorkingDayCalendarOptions()));

        var due = Assert.Single(planner.WhenSupplementRequested(requested));

        Assert.Equal(new DateTime(2027, 6, 28, 8, 0, 0, DateTimeKind.Utc), due.DueAt);
        Assert.False(due.IsReminder);
    }

    [Theory]
    [InlineData(ClosureReason.Work, 3)]
    [InlineData(ClosureReason.Studies, 3)]
    [InlineData(ClosureReason.ReReferred, 0)]
    [InlineData(ClosureReason.Other, 0)]
    public void Closure_to_work_or_studies_brings_follow_ups_at_3_and_6_months_and_a_self_sufficiency_check(ClosureReason reason, int expected)
    {
        var closed = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

        var planned = Planner.WhenClosed(reason, closed);

        Assert.Equal(expected, planned.Count);
        if (expected > 0)
        {
            Assert.Equal(closed.AddMonths(3), planned.Single(p => p.Kind == DeadlineKind.FollowUp3Months).DueAt);
            Assert.Equal(closed.AddMonths(6), planned.Single(p => p.Kind == DeadlineKind.FollowUp6Months).DueAt);
            Assert.Equal(closed.AddMonths(6), planned.Single(p => p.Kind == DeadlineKind.SelfSufficiency6Months).DueAt);
        }
    }

    [Theory]
    [InlineData(DeadlineKind.FirstAction, CaseStatus.Routed, true)]
    [InlineData(DeadlineKind.FirstAction, CaseStatus.Claimed, false)]
    [InlineData(DeadlineKind.Decision, CaseStatus.AwaitingSupplement, true)]
    [InlineData(DeadlineKind.Decision, CaseStatus.Decided, false)]
    [InlineData(DeadlineKind.Decision, CaseStatus.Stopped, false)]
    [InlineData(DeadlineKind.FollowUp3Months, CaseStatus.Closed, true)]
    [InlineData(DeadlineKind.FollowUp3Months, CaseStatus.Stopped, false)]
    public void A_deadline_matters_only_while_the_case_state_still_calls_for_it(DeadlineKind kind, CaseStatus status, bool matters) =>
        Assert.Equal(matters, DeadlineRelevance.StillMatters(kind, status, supplementRoundStillOpen: false));

    [Fact]
    public void A_supplement_deadline_matters_only_for_the_round_it_was_set_for()
    {
        Assert.True(DeadlineRelevance.StillMatters(DeadlineKind.SupplementAnswer, CaseStatus.AwaitingSupplement, supplementRoundStillOpen: true));
        Assert.False(DeadlineRelevance.StillMatters(DeadlineKind.SupplementAnswer, CaseStatus.AwaitingSupplement, supplementRoundStillOpen: false));
        Assert.False(DeadlineRelevance.StillMatters(DeadlineKind.SupplementAnswer, CaseStatus.Claimed, supplementRoundStillOpen: true));
    }
}
