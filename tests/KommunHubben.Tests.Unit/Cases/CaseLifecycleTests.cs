using KommunHubben.Domain.Cases;

namespace KommunHubben.Tests.Unit.Cases;

/// <summary>Every (status, action) pair: the allowed ones lead where the spine says, all others are refused.</summary>
public class CaseLifecycleTests
{
    /// <summary>The expected table, written out independently of CaseLifecycle's own dictionary.</summary>
    private static readonly Dictionary<(CaseStatus, CaseAction), CaseStatus> Expected = new()
    {
        [(CaseStatus.Submitted, CaseAction.Route)] = CaseStatus.Routed,
        [(CaseStatus.Submitted, CaseAction.Withdraw)] = CaseStatus.Withdrawn,
        [(CaseStatus.Routed, CaseAction.Claim)] = CaseStatus.Claimed,
        [(CaseStatus.Routed, CaseAction.Reject)] = CaseStatus.Rejected,
        [(CaseStatus.Routed, CaseAction.Withdraw)] = CaseStatus.Withdrawn,
        [(CaseStatus.Claimed, CaseAction.RequestSupplement)] = CaseStatus.AwaitingSupplement,
        [(CaseStatus.Claimed, CaseAction.Decide)] = CaseStatus.Decided,
        [(CaseStatus.Claimed, CaseAction.Reject)] = CaseStatus.Rejected,
        [(CaseStatus.Claimed, CaseAction.Withdraw)] = CaseStatus.Withdrawn,
        [(CaseStatus.Claimed, CaseAction.HandOver)] = CaseStatus.Routed,
        [(CaseStatus.Claimed, CaseAction.Release)] = CaseStatus.Routed,
        [(CaseStatus.AwaitingSupplement, CaseAction.ProvideSupplement)] = CaseStatus.Claimed,
        [(CaseStatus.AwaitingSupplement, CaseAction.Withdraw)] = CaseStatus.Withdrawn,
        [(CaseStatus.Decided, CaseAction.Close)] = CaseStatus.Closed,
        [(CaseStatus.Submitted, CaseAction.Stop)] = CaseStatus.Stopped,
        [(CaseStatus.Routed, CaseAction.Stop)] = CaseStatus.Stopped,
        [(CaseStatus.Claimed, CaseAction.Stop)] = CaseStatus.Stopped,
        [(CaseStatus.AwaitingSupplement, CaseAction.Stop)] = CaseStatus.Stopped,
        [(CaseStatus.Decided, CaseAction.Stop)] = CaseStatus.Stopped,
    };

    public static TheoryData<CaseStatus, CaseAction> EveryPair()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        foreach (var action in Enum.GetValues<CaseAction>())
            data.Add(status, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_status_and_action_pair_is_either_the_documented_move_or_refused(CaseStatus from, CaseAction action)
    {
        var result = CaseLifecycle.Apply(from, action);

        if (Expected.TryGetValue((from, action), out var to))
        {
            Assert.True(result.IsAllowed);
            Assert.Equal(to, result.To);
            Assert.Equal(to, result.OrThrow());
        }
        else
        {
            Assert.False(result.IsAllowed);
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            // The error names the status the case is in (or, for Submit, that the case already exists).
            Assert.Contains(action == CaseAction.Submit ? "already exists" : from.ToString(), result.Error);
            var ex = Assert.Throws<IllegalTransitionException>(() => result.OrThrow());
            Assert.Equal(from, ex.From);
            Assert.Equal(action, ex.Action);
        }
    }

    [Fact]
    public void The_happy_path_with_one_supplement_round_trip_ends_closed()
    {
        var status = CaseLifecycle.InitialStatus;
        foreach (var action in new[]
                 {
                     CaseAction.Route, CaseAction.Claim, CaseAction.RequestSupplement, CaseAction.ProvideSupplement,
                     CaseAction.RequestSupplement, CaseAction.ProvideSupplement, CaseAction.Decide, CaseAction.Close,
                 })
            status = CaseLifecycle.Apply(status, action).OrThrow();

        Assert.Equal(CaseStatus.Closed, status);
    }

    [Theory]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Withdrawn)]
    [InlineData(CaseStatus.Stopped)]
    public void Nothing_can_happen_to_a_finished_case(CaseStatus terminal)
    {
        Assert.True(CaseLifecycle.IsTerminal(terminal));
        Assert.Empty(CaseLifecycle.AllowedActions(terminal));
        Assert.Contains("nothing more can happen", CaseLifecycle.Apply(terminal, CaseAction.Claim).Error);
    }

    [Fact]
    public void A_refusal_tells_the_user_what_is_allowed_instead()
    {
        var result = CaseLifecycle.Apply(CaseStatus.AwaitingSupplement, CaseAction.Decide);

        Assert.Equal("Cannot decide a case that is AwaitingSupplement; allowed now: ProvideSupplement, Withdraw, Stop.", result.Error);
    }

    [Fact]
    public void Submitting_is_never_allowed_on_an_existing_case()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
            Assert.False(CaseLifecycle.CanApply(status, CaseAction.Submit));
    }

    [Fact]
    public void Open_queue_statuses_are_the_ones_between_routing_and_closing()
    {
        Assert.Equal(
            [CaseStatus.Routed, CaseStatus.Claimed, CaseStatus.AwaitingSupplement, CaseStatus.Decided],
            CaseLifecycle.OpenInQueueStatuses.OrderBy(s => s));
    }
}
