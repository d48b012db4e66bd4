using KommunHubben.Domain.Indicators;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Reporting.Queries;

/// <summary>The coordinators' figures: projection facts in, the domain's rules applied, labels added for people.</summary>
public sealed class IndicatorQueries(HubDbContext db, ReportingFacts facts, IOptions<IndicatorOptions> options, TimeProvider clock)
{
    public IndicatorOptions Options => options.Value;

    public async Task<IndicatorReport> ClosuresAsync(int year, IReadOnlyList<IndicatorDimension> by, CancellationToken ct) =>
        ClosureIndicator.Compute(await facts.ClosuresInYearAsync(year, by, ct), year, by, Options.Targets, Options.SuppressionThreshold);

    public async Task<KoladaSummary> KoladaAsync(int year, CancellationToken ct) =>
        KoladaSummary.From(await ClosuresAsync(year, [], ct), Options.KoladaKpi, Options.Municipality);

    public async Task<IReadOnlyList<CoachCaseload>> CaseloadAsync(CancellationToken ct) =>
        Caseload.PerCoach(await facts.OpenAsync(ct));

    public async Task<ServiceReport> ServiceAsync(int year, CancellationToken ct) =>
        ServiceFigures.Compute(await facts.SubmittedInYearOrOpenAsync(year, ct), await facts.RefusalsAsync(ct), year, Options.SuppressionThreshold);

    public async Task<FollowUpReport> FollowUpsAsync(int year, CancellationToken ct) =>
        FollowUpFigures.Compute(await facts.ClosedInYearAsync(year, ct), await facts.FollowUpsAsync(ct), year,
            ReportingPeriod.LocalDate(clock.GetUtcNow().UtcDateTime), Options.SuppressionThreshold);

    public async Task<ProjectReport> ProjectsAsync(CancellationToken ct)
    {
        var projects = (await db.Projects.AsNoTracking().ToListAsync(ct))
            .Select(p => new ProjectDefinition(p.Id, p.Name, p.Owner, p.Starts, p.Ends, p.ParticipantTarget));
        return ProjectFigures.Compute(projects, await facts.InProjectsAsync(ct), Options.SuppressionThreshold);
    }

    /// <summary>People-readable names for group keys: unit and project names; other keys are their own label.</summary>
    public async Task<Func<IndicatorDimension, string, string>> LabelsAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var projects = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return (dimension, key) => dimension switch
        {
            IndicatorDimension.Unit => units.GetValueOrDefault(key, key),
            IndicatorDimension.Project => key == IndicatorDimensions.NoProject ? "Inget projekt" : projects.GetValueOrDefault(key, key),
            _ => key,
        };
    }
}
