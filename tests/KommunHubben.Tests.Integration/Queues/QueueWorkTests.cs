using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>An officer's daily queue work: the shared AF queue with filters, hand over, release.</summary>
public sealed class QueueWorkTests(SharedHub shared) : IClassFixture<SharedHub>
{
    private HubDeployment Hub => shared.Hub;

    [Fact]
    public async Task A_claimed_case_handed_over_lands_unclaimed_in_the_other_officers_queue_with_the_reason_in_its_history()
    {
        using var contact = Hub.As("kp-05");
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", projectId = "stockholmskraften", generalQuestion = new { topic = "Efforts", question = "Vem tar detta?" } });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var first = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        var other = new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != first.UserId);
        using var second = Hub.As(other);
        await first.ActAsync(id, "claim", new { });

        var (invalid, problem) = await first.PostAsync($"/api/v1/cases/{id}/hand-over", new { toOfficerId = "kp-01", explanation = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Contains("active employment officer", problem!["errors"]!["toOfficerId"]![0]!.GetValue<string>());

        await first.ActAsync(id, "hand-over", new { toOfficerId = other, explanation = "Semester nästa vecka." });
        var (_, queue) = await second.GetAsync("/api/v1/queue?type=GeneralQuestion&project=stockholmskraften");
        Assert.Contains(queue!["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == id && c["status"]!.GetValue<string>() == "Routed");
        var seen = await second.GetCaseAsync(id);
        Assert.Equal(other, seen["assignedOfficerId"]!.GetValue<string>());
        Assert.Equal("Semester nästa vecka.", seen["history"]!.AsArray().Last()!["note"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await first.PostAsync($"/api/v1/cases/{id}/supplement-request", new { question = "?" })).Status);
    }

    [Fact]
    public async Task A_released_case_is_back_in_the_shared_queue_and_another_officer_can_claim_it()
    {
        using var contact = Hub.As("kp-06");
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Släpps tillbaka." } });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var holder = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await holder.ActAsync(id, "claim", new { });
        await holder.ActAsync(id, "release", new { explanation = "Fel kompetens för frågan." });

        using var colleague = Hub.As(new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != holder.UserId));
        var (_, shared) = await colleague.GetAsync("/api/v1/queue/shared?type=GeneralQuestion&sort=submitted");
        Assert.Contains(shared!["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == id);
        await colleague.ActAsync(id, "claim", new { });

        var seen = await contact.GetCaseAsync(id);
        Assert.Equal(colleague.UserId, seen["assignedOfficerId"]!.GetValue<string>());
        Assert.StartsWith("claimedFromQueue|", seen["routingReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_queue_filter_is_refused_naming_the_parameter()
    {
        using var officer = Hub.As("af-anna");
        var (status, problem) = await officer.GetAsync("/api/v1/queue/shared?type=Pizza&sort=random");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["type"]);
        Assert.NotNull(problem["errors"]!["sort"]);
    }
}
