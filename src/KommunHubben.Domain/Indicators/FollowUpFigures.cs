namespace KommunHubben.Domain.Indicators;

/// <summary>One follow-up point: of the follow-ups due, how many were done, and of those how many were positive
/// (still in work or studies; self-sufficient).</summary>
public sealed record FollowUpFigure(FollowUpKind Kind, int Months, ShareFigure Done, ShareFigure Positive);

public sealed record FollowUpReport(int Year, int Threshold, DateOnly AsOf, IReadOnlyList<FollowUpFigure> Points);

/// <summary>
/// Follow-up after closure (docs/domain.md): cases closed to work or studies in the year are followed up 3 and 6 months
/// later, and self-sufficiency (no financial aid) is checked at 6 months. A point is due once its date
/// (closure + months, Stockholm date) is on or before <c>asOf</c>.
/// </summary>
public static class FollowUpFigures
{
    public static FollowUpReport Compute(IEnumerable<CaseFact> facts, IEnumerable<FollowUpFact> recorded, int year, DateOnly asOf, int threshold)
    {
        var cohort = facts.Where(f => f.IsClosed && ReportingPeriod.Year(f.ClosedAt!.Value) == year
                                                  && ClosureReasonCatalogue.IsWorkOrStudies(f.ClosureReason)).ToList();
        var results = recorded.GroupBy(r => (r.CaseId, r.Kind)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.RecordedAt).Last());

        var points = new List<FollowUpFigure>();
        foreach (var (kind, months) in new[] { (FollowUpKind.FollowUp3Months, 3), (FollowUpKind.FollowUp6Months, 6), (FollowUpKind.SelfSufficiency6Months, 6) })
        {
            var due = cohort.Where(f => ReportingPeriod.LocalDate(f.ClosedAt!.Value).AddMonths(months) <= asOf).ToList();
            var done = due.Where(f => results.ContainsKey((f.CaseId, kind))).ToList();
            var positive = done.Count(f => results[(f.CaseId, kind)].Positive);
            points.Add(new FollowUpFigure(kind, months, ShareFigure.Of(done.Count, due.Count, threshold), ShareFigure.Of(positive, done.Count, threshold)));
        }
        return new FollowUpReport(year, threshold, asOf, points);
    }
}
