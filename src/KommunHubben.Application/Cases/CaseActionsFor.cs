using KommunHubben.Application.Cases.Actions;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases;

/// <summary>
/// What the caller may do with a case now: what the lifecycle allows from its status (<see cref="CaseLifecycle"/>),
/// narrowed by the action commands' own rules — the role that may take each action and whose case it must be
/// (<see cref="CaseActionCommand.Actor"/>, <see cref="CaseActionCommand.WhyNotTheirs"/>) — so the list and what the
/// commands accept cannot drift apart. Routing and stopping are the hub's own steps and never listed.
/// </summary>
public static class CaseActionsFor
{
    /// <summary>One command of each kind, asked only who may take it (its content is never checked here).</summary>
    private static readonly IReadOnlyDictionary<CaseAction, CaseActionCommand> Commands = new CaseActionCommand[]
    {
        new ClaimCase(Guid.Empty, null),
        new RequestSupplement(Guid.Empty, null, null),
        new ProvideSupplement(Guid.Empty, null, null),
        new DecideCase(Guid.Empty, new DecisionInput(null, null), null),
        new CloseCase(Guid.Empty, null, null),
        new RejectCase(Guid.Empty, null, null, null),
        new HandOverCase(Guid.Empty, null, null, null),
        new ReleaseCase(Guid.Empty, null, null),
        new WithdrawCase(Guid.Empty, null),
    }.ToDictionary(c => c.Action);

    public static IReadOnlyList<string> User(HubUser user, CaseRecord record) =>
        CaseLifecycle.AllowedActions(record.Status)
            .Where(action => Commands.TryGetValue(action, out var command)
                             && command.Actor == user.Role && command.WhyNotTheirs(user, record) is null)
            .Select(a => a.ToString()).ToArray();
}
