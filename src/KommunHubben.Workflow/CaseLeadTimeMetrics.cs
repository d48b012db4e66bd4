using System.Diagnostics.Metrics;
using KommunHubben.Domain.Cases;

namespace KommunHubben.Workflow;

/// <summary>
/// How long cases take, on the meter <c>KommunHubben.Workflow</c>: the histogram <c>khub.case.lead_time</c> (seconds)
/// from submission to a step, recorded by the workflow consumer that handles the step — once per case, after its
/// transaction committed. Tags are codes only: <c>stage</c> (<c>routed</c>, <c>decided</c>) and <c>case_type</c>; never
/// a case id or anything about the person (a label per case would also make one time series per case).
/// </summary>
public sealed class CaseLeadTimeMetrics : IDisposable
{
    public const string MeterName = "KommunHubben.Workflow";

    public static class Stages
    {
        public const string Routed = "routed";
        public const string Decided = "decided";
    }

    // Routing takes seconds, a decision working days: buckets from 0.1 s to 30 days.
    private static readonly IReadOnlyList<double> Buckets =
        [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 86400, 3 * 86400, 7 * 86400, 14 * 86400, 30 * 86400];

    private readonly Meter _meter = new(MeterName);
    private readonly Histogram<double> _leadTime;

    public CaseLeadTimeMetrics()
    {
        _leadTime = _meter.CreateHistogram("khub.case.lead_time", unit: "s",
            description: "Time from a case's submission to the stage, by stage and case type.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    public void Record(string stage, CaseType type, DateTime submittedAt, DateTime reachedAt) =>
        _leadTime.Record(Math.Max(0, (reachedAt - submittedAt).TotalSeconds),
            new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("case_type", type.ToString()));

    public void Dispose() => _meter.Dispose();
}
