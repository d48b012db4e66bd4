using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Reporting.Export;

/// <summary>One gender's figures: null where suppressed.</summary>
public sealed record FigureView(int? Closed, int? WorkOrStudies, decimal? SharePercent)
{
    public static FigureView From(GenderFigures f) => new(f.Closed.Value, f.WorkOrStudies.Value, f.SharePercent);
}

public sealed record GroupKeyView(string Dimension, string Key, string Label);

public sealed record IndicatorRowView(
    IReadOnlyList<GroupKeyView> Group, FigureView Women, FigureView Men, FigureView? UnknownGender, FigureView Total,
    int? ReReferred, decimal TargetPercent, bool? MeetsTarget);

/// <summary>The primary indicator as JSON (API and export). Suppressed figures are null; the notes say why.</summary>
public sealed record IndicatorView(
    int Year, IReadOnlyList<string> By, int SuppressionThreshold, IReadOnlyList<string> Notes,
    IReadOnlyList<IndicatorRowView> Rows, IndicatorRowView Total)
{
    public const string NullNote = "null (\"–\" in CSV) = hidden: fewer than the threshold, or a figure that would let a hidden one be worked out from a total.";

    public static IndicatorView From(IndicatorReport report, Func<IndicatorDimension, string, string> label)
    {
        IndicatorRowView Row(IndicatorRow r) => new(
            r.Group.Select((key, i) => new GroupKeyView(IndicatorDimensions.Camel(report.By[i].ToString()), key, label(report.By[i], key))).ToList(),
            FigureView.From(r.Women), FigureView.From(r.Men), r.UnknownGender is null ? null : FigureView.From(r.UnknownGender),
            FigureView.From(r.Total), r.ReReferred.Value, r.TargetPercent, r.MeetsTarget);
        return new IndicatorView(report.Year, report.By.Select(d => IndicatorDimensions.Camel(d.ToString())).ToList(), report.Threshold,
            [NullNote, .. report.Notes.Skip(1)], report.Rows.Select(Row).ToList(), Row(report.Total));
    }
}

/// <summary>A suppressed count table as JSON: cells, row totals, column totals and grand total, null where hidden.</summary>
public sealed record TableView(
    IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<int?>> Cells,
    IReadOnlyList<int?> RowTotals, IReadOnlyList<int?> ColumnTotals, int? GrandTotal)
{
    public static TableView From(SuppressedTable t) => new(
        t.RowKeys, t.ColumnKeys,
        Enumerable.Range(0, t.Rows).Select(r => (IReadOnlyList<int?>)Enumerable.Range(0, t.Columns).Select(c => t[r, c].Value).ToList()).ToList(),
        Enumerable.Range(0, t.Rows).Select(r => t.RowTotal(r).Value).ToList(),
        Enumerable.Range(0, t.Columns).Select(c => t.ColumnTotal(c).Value).ToList(),
        t.GrandTotal.Value);
}

public sealed record ShareView(int? Numerator, int? Denominator, decimal? Percent)
{
    public static ShareView From(ShareFigure s) => new(s.Numerator.Value, s.Denominator.Value, s.Percent);
}

public sealed record LeadTimeView(string Stage, string CaseType, int? Cases, double? MedianHours, double? P90Hours);

public sealed record ServiceView(
    int Year, int SuppressionThreshold, TableView VolumesByTypeAndStatus, IReadOnlyList<LeadTimeView> LeadTimes,
    TableView DecisionLeadTimeDistribution, IReadOnlyDictionary<string, ShareView> SlaMet, TableView SupplementRounds,
    int? SupplementRequests, TableView Refusals, IReadOnlyList<OfficerLoad> OpenPerOfficer)
{
    public static ServiceView From(ServiceReport r) => new(
        r.Year, r.Threshold, TableView.From(r.Volumes),
        r.LeadTimes.Select(l => new LeadTimeView(l.Stage, l.CaseType, l.Cases.Value, l.MedianHours, l.P90Hours)).ToList(),
        TableView.From(r.DecisionLeadTimeDistribution),
        r.Sla.ToDictionary(s => s.Kind, s => ShareView.From(s.Met)),
        TableView.From(r.SupplementRounds),
        r.SupplementRequests < r.Threshold ? null : r.SupplementRequests,
        TableView.From(r.Refusals), r.OpenPerOfficer);
}

public sealed record FollowUpPointView(string Kind, int Months, ShareView Done, ShareView Positive);

public sealed record FollowUpView(int Year, int SuppressionThreshold, DateOnly AsOf, IReadOnlyList<FollowUpPointView> Points)
{
    public static FollowUpView From(FollowUpReport r) => new(r.Year, r.Threshold, r.AsOf,
        r.Points.Select(p => new FollowUpPointView(p.Kind.ToString(), p.Months, ShareView.From(p.Done), ShareView.From(p.Positive))).ToList());
}

public sealed record ProjectRowView(
    string Id, string Name, string Owner, DateOnly Starts, DateOnly Ends, int ParticipantTarget,
    int? Referred, int? Pending, int? Enrolled, int? Declined, int? OtherOutcome, int? Withdrawn, int? Active, int? Closed,
    IReadOnlyDictionary<string, int?> ClosedTo, decimal? EnrolledOfTargetPercent);

public sealed record ProjectsView(int SuppressionThreshold, IReadOnlyList<ProjectRowView> Projects, TableView Table)
{
    public static ProjectsView From(ProjectReport r) => new(r.Threshold,
        r.Projects.Select(p => new ProjectRowView(p.Project.Id, p.Project.Name, p.Project.Owner, p.Project.Starts, p.Project.Ends,
            p.Project.ParticipantTarget, p.Referred.Value, p.Pending.Value, p.Enrolled.Value, p.Declined.Value, p.OtherOutcome.Value,
            p.Withdrawn.Value, p.Active.Value, p.Closed.Value, p.ClosedTo.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value.Value),
            p.EnrolledOfTargetPercent)).ToList(),
        TableView.From(r.Table));
}
