using KommunHubben.Application.Conversations;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Tests.Unit.Conversations;

/// <summary>Who talks on a case: the unit's contact persons and the officer holding it; nobody once it is finished.</summary>
public sealed class ConversationRulesTests
{
    private static readonly HubUser UnitContact = new("kp-01", Role.ContactPerson, "jobbtorg-city");
    private static readonly HubUser OtherUnit = new("kp-02", Role.ContactPerson, "ek-farsta");
    private static readonly HubUser Holder = new("af-anna", Role.Officer, null);
    private static readonly HubUser Colleague = new("af-bo", Role.Officer, null);
    private static readonly HubUser Coordinator = new("samordnare", Role.Coordinator, null);

    private static CaseRecord Case(params CaseAction[] steps)
    {
        var record = CaseRecord.Submit(Guid.NewGuid(), CaseType.GeneralQuestion, "jobbtorg-city", "kp-01", null, "hash", [1], DateTime.UtcNow);
        record.AssignTo("af-anna", "test");
        foreach (var step in steps) record.Apply(step, "af-anna", DateTime.UtcNow);
        return record;
    }

    [Fact]
    public void While_the_case_is_only_routed_the_unit_may_write_and_no_officer_holds_it_yet()
    {
        var routed = Case(CaseAction.Route);
        Assert.True(ConversationRules.MayWrite(UnitContact, routed));
        Assert.False(ConversationRules.MayWrite(Holder, routed));
        Assert.Null(ConversationRules.OtherSide(UnitContact, routed)); // nobody to tell until an officer holds it
    }

    [Fact]
    public void Once_claimed_the_holder_and_the_unit_write_and_each_tells_the_other()
    {
        var claimed = Case(CaseAction.Route, CaseAction.Claim);
        Assert.True(ConversationRules.MayWrite(Holder, claimed));
        Assert.True(ConversationRules.MayWrite(UnitContact, claimed));
        Assert.False(ConversationRules.MayWrite(Colleague, claimed));
        Assert.False(ConversationRules.MayWrite(OtherUnit, claimed));
        Assert.False(ConversationRules.MayWrite(Coordinator, claimed));
        Assert.Equal("af-anna", ConversationRules.OtherSide(UnitContact, claimed));
        Assert.Equal("kp-01", ConversationRules.OtherSide(Holder, claimed));
    }

    [Theory]
    [InlineData(CaseAction.Close)]
    [InlineData(CaseAction.Reject)]
    public void A_finished_case_is_closed_for_everyone(CaseAction last)
    {
        var steps = last == CaseAction.Close
            ? new[] { CaseAction.Route, CaseAction.Claim, CaseAction.Decide, CaseAction.Close }
            : new[] { CaseAction.Route, CaseAction.Claim, CaseAction.Reject };
        var finished = Case(steps);
        Assert.True(ConversationRules.IsClosed(finished));
        Assert.False(ConversationRules.MayWrite(Holder, finished));
        Assert.False(ConversationRules.MayWrite(UnitContact, finished));
        Assert.True(ConversationRules.IsParty(UnitContact, finished)); // still reads its thread
    }
}
