using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Domain.Indicators;

/// <summary>A lead-time stage's figures for one case type (or all): how many cases, median and 90th percentile in hours.</summary>
public sealed record LeadTimeFigure(string Stage, string CaseType, Cell Cases, double? MedianHours, double? P90Hours);

/// <summary>SLA compliance of one deadline kind: met = reached without a breach; breached = escalated.</summary>
public sealed record SlaFigure(string Kind, ShareFigure Met);

/// <summary>Open cases per officer right now (staff workload, unsuppressed).</summary>
public sealed record OfficerLoad(string OfficerId, int Open);

/// <summary>The hub's service figures for one year (cases submitted that year, Stockholm dates).</summary>
public sealed record ServiceReport(
    int Year,
    int Threshold,
    SuppressedTable Volumes,
    IReadOnlyList<LeadTimeFigure> LeadTimes,
    SuppressedTable DecisionLeadTimeDistribution,
    IReadOnlyList<SlaFigure> Sla,
    SuppressedTable SupplementRounds,
    int SupplementRequests,
    SuppressedTable Refusals,
    IReadOnlyList<OfficerLoad> OpenPerOfficer);

/// <summary>
/// Hub service levels (docs/domain.md, assumed and configurable): volumes by type and status, lead times submission → first
/// action → decision, SLA compliance, supplement round-trips, refusals (counts only) and open cases per officer.
/// Counts of cases and refusals are suppressed like every other count; a median or percentile of fewer cases than the
/// threshold is not shown (it would be one person's case).
/// </summary>
public static class ServiceFigures
{
    public const string SubmissionToFirstAction = "SubmissionToFirstAction";
    public const string FirstActionToDecision = "FirstActionToDecision";
    public const string SubmissionToDecision = "SubmissionToDecision";
    public const string AllTypes = "All";

    /// <summary>Buckets of the submission → decision distribution, in calendar days.</summary>
    public static IReadOnlyList<(string Label, double UpToDays)> DistributionBuckets { get; } =
    [
        ("0-1 d", 1), ("1-2 d", 2), ("2-5 d", 5), ("5-10 d", 10), ("10-20 d", 20), ("20+ d", double.PositiveInfinity),
    ];

    public static ServiceReport Compute(IEnumerable<CaseFact> allFacts, IEnumerable<RefusalFact> refusals, int year, int threshold)
    {
        var all = allFacts.ToList();
        var facts = all.Where(f => ReportingPeriod.Year(f.SubmittedAt) == year).ToList();
        var types = Enum.GetNames<CaseType>();
        var statuses = Enum.GetNames<CaseStatus>();

        var volumes = new int[types.Length, statuses.Length];
        foreach (var f in facts) volumes[(int)f.Type, (int)f.Status]++;

        var leadTimes = new List<LeadTimeFigure>();
        foreach (var type in types.Append(AllTypes))
        {
            var ofType = facts.Where(f => type == AllTypes || f.Type.ToString() == type).ToList();
            leadTimes.Add(Stage(SubmissionToFirstAction, type, ofType.Where(f => f.FirstActionAt is not null)
                .Select(f => (f.FirstActionAt!.Value - f.SubmittedAt).TotalHours), threshold));
            leadTimes.Add(Stage(FirstActionToDecision, type, ofType.Where(f => f.FirstActionAt is not null && f.DecidedAt is not null)
                .Select(f => (f.DecidedAt!.Value - f.FirstActionAt!.Value).TotalHours), threshold));
            leadTimes.Add(Stage(SubmissionToDecision, type, ofType.Where(f => f.DecidedAt is not null)
                .Select(f => (f.DecidedAt!.Value - f.SubmittedAt).TotalHours), threshold));
        }

        var buckets = new int[DistributionBuckets.Count, 1];
        foreach (var f in facts.Where(f => f.DecidedAt is not null))
        {
            var days = (f.DecidedAt!.Value - f.SubmittedAt).TotalDays;
            var i = DistributionBuckets.Select((b, index) => (b, index)).First(x => days < x.b.UpToDays || double.IsPositiveInfinity(x.b.UpToDays)).index;
            buckets[i, 0]++;
        }

        var sla = new List<SlaFigure>
        {
            Compliance("FirstAction", facts, f => f.FirstActionAt is not null, f => f.FirstActionBreached, threshold),
            Compliance("Decision", facts, f => f.DecidedAt is not null, f => f.DecisionBreached, threshold),
        };

        string[] roundLabels = ["0", "1", "2", "3+"];
        var rounds = new int[roundLabels.Length, 1];
        foreach (var f in facts) rounds[Math.Min(f.SupplementRounds, 3), 0]++;

        string[] refusalReasons = ["MissingConsent", "ProtectedIdentity"];
        var refused = new int[refusalReasons.Length, 1];
        foreach (var r in refusals.Where(r => ReportingPeriod.Year(r.At) == year))
        {
            var i = Array.IndexOf(refusalReasons, r.Reason);
            if (i >= 0) refused[i, 0]++;
        }

        var perOfficer = all.Where(f => f.IsOpen && f.OfficerId is not null)
            .GroupBy(f => f.OfficerId!).Select(g => new OfficerLoad(g.Key, g.Count()))
            .OrderBy(o => o.OfficerId, StringComparer.Ordinal).ToList();

        return new ServiceReport(
            year, threshold,
            TableSuppression.Apply(new CountTable(types, statuses, volumes), threshold),
            leadTimes,
            TableSuppression.Apply(new CountTable(DistributionBuckets.Select(b => b.Label).ToList(), ["Cases"], buckets), threshold),
            sla,
            TableSuppression.Apply(new CountTable(roundLabels, ["Cases"], rounds), threshold),
            facts.Sum(f => f.SupplementRounds),
            TableSuppression.Apply(new CountTable(refusalReasons, ["Refusals"], refused), threshold),
            perOfficer);
    }

    private static LeadTimeFigure Stage(string stage, string type, IEnumerable<double> hours, int threshold)
    {
        var values = hours.ToList();
        if (values.Count < threshold)
            return new LeadTimeFigure(stage, type, Cell.Hidden(SuppressionReason.Primary), null, null);
        return new LeadTimeFigure(stage, type, Cell.Shown(values.Count),
            Math.Round(LeadTimes.Median(values), 1), Math.Round(LeadTimes.Percentile(values, 90), 1));
    }

    private static SlaFigure Compliance(string kind, IReadOnlyList<CaseFact> facts, Func<CaseFact, bool> reached, Func<CaseFact, bool> breached, int threshold)
    {
        var relevant = facts.Where(f => reached(f) || breached(f)).ToList();
        var met = relevant.Count(f => reached(f) && !breached(f));
        return new SlaFigure(kind, ShareFigure.Of(met, relevant.Count, threshold));
    }
}
