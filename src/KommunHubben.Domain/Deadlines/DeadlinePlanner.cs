using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Deadlines;

/// <summary>
/// Works out the deadlines a case gets at each step. Times are UTC; working days are counted in Stockholm time, so a
/// case submitted on a Thursday afternoon before Easter is due the same afternoon some working days after the holidays.
/// </summary>
public sealed class DeadlinePlanner(SlaOptions sla, WorkingDayCalendar calendar)
{
    private static readonly TimeZoneInfo Stockholm = WorkingDayCalendar.StockholmTimeZone;

    /// <summary>When a case reaches an officer's queue: first action and decision, counted from submission.</summary>
    public IReadOnlyList<PlannedDeadline> WhenRouted(CaseType type, DateTime submittedAt) =>
    [
        .. WithReminder(DeadlineKind.FirstAction, submittedAt, sla.FirstActionDays.GetValueOrDefault(type, 2)),
        .. WithReminder(DeadlineKind.Decision, submittedAt, sla.DecisionDays.GetValueOrDefault(type, 10)),
    ];

    /// <summary>When the officer asks for a supplement: the contact person's answer, counted from the request.</summary>
    public IReadOnlyList<PlannedDeadline> WhenSupplementRequested(DateTime requestedAt) =>
        WithReminder(DeadlineKind.SupplementAnswer, requestedAt, sla.SupplementAnswerDays);

    /// <summary>When a case closes to work or studies: follow-ups for the contact person (calendar months, not working days).</summary>
    public IReadOnlyList<PlannedDeadline> WhenClosed(ClosureReason? reason, DateTime closedAt)
    {
        if (reason is not (ClosureReason.Work or ClosureReason.Studies)) return [];
        var planned = new List<PlannedDeadline>();
        foreach (var months in sla.FollowUpMonths.Distinct().Order())
        {
            var kind = months switch { 3 => DeadlineKind.FollowUp3Months, 6 => DeadlineKind.FollowUp6Months, _ => (DeadlineKind?)null };
            if (kind is not null) planned.Add(new PlannedDeadline(kind.Value, closedAt.AddMonths(months), false));
        }
        planned.Add(new PlannedDeadline(DeadlineKind.SelfSufficiency6Months, closedAt.AddMonths(sla.SelfSufficiencyMonths), false));
        return planned;
    }

    private IReadOnlyList<PlannedDeadline> WithReminder(DeadlineKind kind, DateTime from, int workingDays)
    {
        var due = calendar.AddWorkingDays(from, workingDays, Stockholm);
        var result = new List<PlannedDeadline> { new(kind, due, false) };
        var reminderDays = workingDays - sla.ReminderWorkingDaysBefore;
        if (sla.ReminderWorkingDaysBefore > 0 && reminderDays >= 1)
            result.Add(new PlannedDeadline(kind, calendar.AddWorkingDays(from, reminderDays, Stockholm), true));
        return result;
    }
}
