using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>Follow-up affinity in the running hub: a case about a person goes to the officer who has the person's
/// earlier case of the same type — whether that case was saved before or is routed in the same batch.</summary>
public sealed class FollowUpRoutingTests : RunningHubTest
{
    [Fact]
    public async Task A_follow_up_goes_to_the_officer_of_the_persons_earlier_case_also_when_both_arrive_at_once()
    {
        using var contact = Hub.As("kp-08");
        await contact.RegisterConsentAsync("190905271474", "GeneralQuestion");
        await contact.RegisterConsentAsync("198112189876", "GeneralQuestion");

        var first = await contact.SubmitAsync(Question("190905271474", 1));
        var firstOfficer = (await contact.WaitForStatusAsync(first, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        var followUp = await contact.WaitForStatusAsync(await contact.SubmitAsync(Question("190905271474", 2)), "Routed");
        Assert.Equal(firstOfficer, followUp["assignedOfficerId"]!.GetValue<string>());
        Assert.StartsWith("previousOfficer|", followUp["routingReason"]!.GetValue<string>());

        // Two cases about another person submitted together: in one routing batch or in two, the later follows the first.
        var together = await Task.WhenAll(new[] { 3, 4 }.Select(i => contact.SubmitAsync(Question("198112189876", i))));
        var routed = new List<(string Officer, string Reason)>();
        foreach (var id in together)
        {
            var seen = await contact.WaitForStatusAsync(id, "Routed");
            routed.Add((seen["assignedOfficerId"]!.GetValue<string>(), seen["routingReason"]!.GetValue<string>()));
        }
        Assert.Single(routed.Select(r => r.Officer).Distinct());
        Assert.Contains(routed, r => r.Reason.StartsWith("previousOfficer|", StringComparison.Ordinal));
    }

    private static object Question(string personalIdentityNumber, int n) => new
    {
        caseType = "GeneralQuestion", personalIdentityNumber,
        generalQuestion = new { topic = "Other", question = $"Fråga {n} om samma person" },
    };
}
