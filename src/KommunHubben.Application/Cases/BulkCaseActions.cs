using KommunHubben.Application.Cases.Actions;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>How a bulk action went: how many cases it changed, and each one it could not change with why (by reference).
/// <see cref="Invalid"/> is set instead when what was sent is wrong for all of them (no colleague chosen …).</summary>
public sealed record BulkOutcome(int Done, int Total, IReadOnlyList<(string Reference, CommandResult Result)> Failed, CommandResult? Invalid = null);

/// <summary>
/// Claiming or handing over several selected cases at once. Each case is its own action through
/// <see cref="CaseActions"/> (its own transaction, version check and audit entry), so one case that someone else
/// claimed a moment ago fails alone and the others go through.
/// </summary>
public sealed class BulkCaseActions(CaseActions actions, HubDbContext db)
{
    public const int MaxCases = 100;

    public Task<BulkOutcome> ClaimAsync(HubUser user, IReadOnlyList<Guid> caseIds, CancellationToken ct) =>
        RunAsync(user, caseIds, id => new ClaimCase(id, null), ct);

    public async Task<BulkOutcome> HandOverAsync(HubUser user, IReadOnlyList<Guid> caseIds, string? toOfficerId, string? explanation, CancellationToken ct)
    {
        // The same checks of what was sent as one hand-over, once for all, before any case changes.
        if (await new HandOverCase(Guid.Empty, toOfficerId, explanation, null).CheckInputAsync(user, actions.Context, ct) is { } invalid)
            return new BulkOutcome(0, caseIds.Count, [], invalid);
        return await RunAsync(user, caseIds, id => new HandOverCase(id, toOfficerId, explanation, null), ct);
    }

    private async Task<BulkOutcome> RunAsync(HubUser user, IReadOnlyList<Guid> caseIds, Func<Guid, CaseActionCommand> command, CancellationToken ct)
    {
        var ids = caseIds.Distinct().Take(MaxCases).ToList();
        if (ids.Count == 0) return new BulkOutcome(0, 0, [], new CommandResult.Invalid([new ValidationError("selected", RuleCode.Required)]));
        var references = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference ?? c.Id.ToString(), ct);
        var failed = new List<(string, CommandResult)>();
        var done = 0;
        foreach (var id in ids)
        {
            var result = await actions.RunAsync(user, command(id), ct);
            if (result is CommandResult.Ok) done++;
            else failed.Add((references.GetValueOrDefault(id, "?"), result));
            // Each case is its own unit of work: a failed one leaves nothing tracked for the next.
            db.ChangeTracker.Clear();
        }
        return new BulkOutcome(done, ids.Count, failed);
    }
}
