using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// Folds one case event into the reporting tables. The same code serves the live consumer and the rebuild, so a
/// rebuilt projection equals the live one. Events can arrive in any order and each is applied once (the event log's
/// message id is unique): fields are set by the event that owns them, the status follows the latest event time, and the
/// first officer action is the earliest one seen.
/// </summary>
public sealed class CaseEventProjector(HubDbContext db)
{
    /// <summary>The contracts the projection folds; anything else is neither logged nor applied.</summary>
    public static readonly IReadOnlySet<Type> Projected = new HashSet<Type>
    {
        typeof(CaseSubmitted), typeof(CaseRouted), typeof(CaseClaimed), typeof(CaseHandedOver), typeof(SupplementRequested),
        typeof(SupplementProvided), typeof(CaseDecided), typeof(CaseClosed), typeof(CaseRejected), typeof(CaseWithdrawn),
        typeof(CaseStopped), typeof(DeadlineBreached), typeof(FollowUpRecorded), typeof(SubmissionRefused),
    };

    private readonly Dictionary<Guid, ReportingCase> _cases = [];
    private readonly HashSet<Guid> _absent = [];

    /// <summary>Reads the rows of <paramref name="caseIds"/> in one query, so applying a batch's events reads none.</summary>
    public async Task PreloadAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Where(id => !_cases.ContainsKey(id)).ToArray();
        if (ids.Length == 0) return;
        foreach (var row in await db.ReportingCases.Where(c => ids.Contains(c.CaseId)).ToListAsync(ct)) _cases[row.CaseId] = row;
        _absent.UnionWith(ids.Where(id => !_cases.ContainsKey(id)));
    }

    /// <summary>Applies <paramref name="message"/>; the caller saves.</summary>
    public async Task ApplyAsync(Guid messageId, object message, CancellationToken ct)
    {
        switch (message)
        {
            case CaseSubmitted e:
                var c = await CaseAsync(e.CaseId, ct);
                c.Type = Enum.TryParse<CaseType>(e.CaseType, out var type) ? type : null;
                c.UnitId = e.UnitId;
                c.ContactPersonId = e.ContactPersonId;
                c.ProjectId = e.ProjectId;
                c.Gender = e.Gender;
                c.SubmittedAt = e.SubmittedAt;
                SetStatus(c, CaseStatus.Submitted, e.SubmittedAt);
                break;
            case CaseRouted e:
                await OfficerAsync(e.CaseId, e.OfficerId, e.RoutedAt, CaseStatus.Routed, firstAction: false, ct);
                break;
            case CaseClaimed e:
                await OfficerAsync(e.CaseId, e.OfficerId, e.ClaimedAt, CaseStatus.Claimed, firstAction: true, ct);
                break;
            case CaseHandedOver e:
                await OfficerAsync(e.CaseId, e.ToOfficerId, e.HandedOverAt, CaseStatus.Routed, firstAction: false, ct);
                break;
            case SupplementRequested e:
                var s = await CaseAsync(e.CaseId, ct);
                s.SupplementRounds++;
                FirstAction(s, e.RequestedAt);
                SetStatus(s, CaseStatus.AwaitingSupplement, e.RequestedAt);
                break;
            case SupplementProvided e:
                SetStatus(await CaseAsync(e.CaseId, ct), CaseStatus.Claimed, e.ProvidedAt);
                break;
            case CaseDecided e:
                var d = await CaseAsync(e.CaseId, ct);
                d.DecidedAt = e.DecidedAt;
                d.Outcome = e.Outcome;
                FirstAction(d, e.DecidedAt);
                SetStatus(d, CaseStatus.Decided, e.DecidedAt);
                break;
            case CaseClosed e:
                var closed = await CaseAsync(e.CaseId, ct);
                closed.ClosedAt = e.ClosedAt;
                closed.ClosureReason = Enum.TryParse<ClosureReason>(e.ClosureReason, out var reason) ? reason : null;
                SetStatus(closed, CaseStatus.Closed, e.ClosedAt);
                break;
            case CaseRejected e:
                var rejected = await CaseAsync(e.CaseId, ct);
                FirstAction(rejected, e.RejectedAt);
                SetStatus(rejected, CaseStatus.Rejected, e.RejectedAt);
                break;
            case CaseWithdrawn e:
                SetStatus(await CaseAsync(e.CaseId, ct), CaseStatus.Withdrawn, e.WithdrawnAt);
                break;
            case CaseStopped e:
                SetStatus(await CaseAsync(e.CaseId, ct), CaseStatus.Stopped, e.StoppedAt);
                break;
            case DeadlineBreached e:
                var b = await CaseAsync(e.CaseId, ct);
                if (e.Kind == "FirstAction") b.FirstActionBreached = true;
                if (e.Kind == "Decision") b.DecisionBreached = true;
                break;
            case FollowUpRecorded e:
                var followUp = await db.ReportingFollowUps.FindAsync([e.CaseId, e.Kind], ct);
                if (followUp is null)
                    db.ReportingFollowUps.Add(followUp = new ReportingFollowUp { CaseId = e.CaseId, Kind = e.Kind });
                if (followUp.RecordedAt <= e.RecordedAt)
                {
                    followUp.Positive = e.Positive;
                    followUp.RecordedAt = e.RecordedAt;
                }
                break;
            case SubmissionRefused e:
                db.ReportingRefusals.Add(new ReportingRefusal { MessageId = messageId, Reason = e.Reason, CaseType = e.CaseType, UnitId = e.UnitId, At = e.RefusedAt });
                break;
        }
    }

    private async Task OfficerAsync(Guid caseId, string officerId, DateTime at, CaseStatus status, bool firstAction, CancellationToken ct)
    {
        var c = await CaseAsync(caseId, ct);
        if (c.OfficerAt is null || at >= c.OfficerAt)
        {
            c.OfficerId = officerId;
            c.OfficerAt = at;
        }
        if (firstAction) FirstAction(c, at);
        SetStatus(c, status, at);
    }

    private static void FirstAction(ReportingCase c, DateTime at)
    {
        if (c.FirstActionAt is null || at < c.FirstActionAt) c.FirstActionAt = at;
    }

    private static void SetStatus(ReportingCase c, CaseStatus status, DateTime at)
    {
        if (c.StatusAt is null || at >= c.StatusAt)
        {
            c.Status = status;
            c.StatusAt = at;
        }
    }

    /// <summary>The case's row, tracked: from this projector's cache (a rebuild applies many events per save), the
    /// database, or new. Every change bumps the version, so two consumers updating one case at once conflict and retry.</summary>
    private async Task<ReportingCase> CaseAsync(Guid caseId, CancellationToken ct)
    {
        if (!_cases.TryGetValue(caseId, out var row))
        {
            row = _absent.Remove(caseId) ? null : await db.ReportingCases.FirstOrDefaultAsync(c => c.CaseId == caseId, ct);
            if (row is null) db.ReportingCases.Add(row = new ReportingCase { CaseId = caseId });
            _cases[caseId] = row;
        }
        row.Version++;
        return row;
    }

    /// <summary>Forget the cached rows (after a save that detached them, or between rebuild batches).</summary>
    public void Reset()
    {
        _cases.Clear();
        _absent.Clear();
    }
}
