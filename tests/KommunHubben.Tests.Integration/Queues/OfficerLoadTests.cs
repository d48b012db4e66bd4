using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>
/// Routing reads each officer's open cases from the <c>officer_loads</c> rows, not from a count over all cases. Those
/// rows must follow every move a case makes, or routing would weigh officers wrongly.
/// </summary>
public sealed class OfficerLoadTests(SharedHub shared) : IClassFixture<SharedHub>
{
    private static readonly string[] AllOfficers = ["af-anna", "af-bilal", "af-cecilia", "af-david"];
    private HubDeployment Hub => shared.Hub;

    [Fact]
    public async Task The_officers_load_rows_follow_routing_claim_release_hand_over_decision_close_reject_and_withdrawal()
    {
        using var contact = Hub.As("kp-07");
        async Task<(Guid Id, HubClient Holder)> Routed(string question)
        {
            var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question } });
            var routed = await contact.WaitForStatusAsync(id, "Routed");
            return (id, Hub.As(routed["assignedOfficerId"]!.GetValue<string>()));
        }

        var (closed, closer) = await Routed("Stängs.");
        var (released, releaser) = await Routed("Släpps.");
        var (handed, hander) = await Routed("Lämnas över.");
        var (rejected, rejecter) = await Routed("Avslås.");
        var (withdrawn, _) = await Routed("Återkallas.");
        await AssertLoadsMatchCases("after routing");

        await closer.ActAsync(closed, "claim", new { });
        await closer.ActAsync(closed, "decision", new { outcome = "Answered", explanation = "Svar skickat." });
        await AssertLoadsMatchCases("after a decision");
        await closer.ActAsync(closed, "close", new { closureReason = "Other" });

        await releaser.ActAsync(released, "claim", new { });
        await releaser.ActAsync(released, "release", new { explanation = "Fel kompetens." });
        await AssertLoadsMatchCases("after a release");
        using var colleague = Hub.As(AllOfficers.First(o => o != releaser.UserId));
        await colleague.ActAsync(released, "claim", new { });

        await hander.ActAsync(handed, "claim", new { });
        await hander.ActAsync(handed, "hand-over", new { toOfficerId = AllOfficers.First(o => o != hander.UserId), explanation = "Semester." });
        await rejecter.ActAsync(rejected, "reject", new { reasonCode = "NotForAf", explanation = "Inte för AF." });
        await contact.ActAsync(withdrawn, "withdraw", new { });
        await AssertLoadsMatchCases("after close, claim from the shared queue, hand-over, rejection and withdrawal");

        foreach (var holder in new[] { closer, releaser, hander, rejecter }) holder.Dispose();
    }

    private async Task AssertLoadsMatchCases(string when)
    {
        var counted = await Hub.Database.RowsAsync("""
            SELECT "AssignedOfficerId", "Type", count(*) FROM cases
            WHERE "AssignedOfficerId" IS NOT NULL AND "Status" IN ('Routed', 'Claimed', 'AwaitingSupplement', 'Decided')
            GROUP BY 1, 2 ORDER BY 1, 2
            """);
        var kept = await Hub.Database.RowsAsync("""
            SELECT "OfficerId", "Type", "OpenCases"::bigint FROM officer_loads WHERE "OpenCases" <> 0 ORDER BY 1, 2
            """);
        Assert.True(counted.Select(Row).SequenceEqual(kept.Select(Row)),
            $"{when}: counted {string.Join("; ", counted.Select(Row))} but the load rows say {string.Join("; ", kept.Select(Row))}");
    }

    private static string Row(object?[] r) => $"{r[0]}/{r[1]}={r[2]}";
}
