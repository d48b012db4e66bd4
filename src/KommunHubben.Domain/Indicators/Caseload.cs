namespace KommunHubben.Domain.Indicators;

/// <summary>One coach's caseload against the benchmark.</summary>
public sealed record CoachCaseload(string CoachId, string UnitId, int Active, int? IpsScore, bool WithinRecommendation, bool ExceedsBenchmark);

/// <summary>
/// Active participants per coach (docs/domain.md): benchmark at most 30 for method fidelity, recommendation 20–25, IPS
/// fidelity item 1 scoring ≤20 → 5, 21–25 → 4, 26–30 → 3; above 30 is flagged and gets no score here (the scale's
/// lower steps are not in the hub's sources). "Active" = the coach's cases still open in the hub, so a person with
/// two open cases counts twice: the hub has no person key for reporting, on purpose. Workload of named staff is not
/// about jobseekers and is shown unsuppressed.
/// </summary>
public static class Caseload
{
    public const int Benchmark = 30;
    public const int RecommendedLow = 20;
    public const int RecommendedHigh = 25;

    public static int? IpsScore(int active) => active switch
    {
        <= 20 => 5,
        <= 25 => 4,
        <= 30 => 3,
        _ => null,
    };

    public static IReadOnlyList<CoachCaseload> PerCoach(IEnumerable<CaseFact> facts) =>
        facts.Where(f => f.IsOpen)
            .GroupBy(f => (f.ContactPersonId, f.UnitId))
            .Select(g => new CoachCaseload(g.Key.ContactPersonId, g.Key.UnitId, g.Count(), IpsScore(g.Count()),
                g.Count() <= RecommendedHigh, g.Count() > Benchmark))
            .OrderByDescending(c => c.Active).ThenBy(c => c.CoachId, StringComparer.Ordinal)
            .ToList();
}
