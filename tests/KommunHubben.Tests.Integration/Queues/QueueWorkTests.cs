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

    [Fact]
    public async Task The_shared_queue_repeats_neither_my_own_cases_nor_those_placed_with_a_present_colleague()
    {
        using var contact = Hub.As("kp-07");
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Vems kö?" } });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var holder = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        using var colleague = Hub.As(new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != holder.UserId));

        // Routed, unclaimed, with a present officer: in their own queue, in nobody's shared queue.
        Assert.Contains(await IdsAsync(holder, "/api/v1/queue?pageSize=100"), c => c == id);
        Assert.DoesNotContain(await IdsAsync(holder, "/api/v1/queue/shared?pageSize=100"), c => c == id);
        Assert.DoesNotContain(await IdsAsync(colleague, "/api/v1/queue/shared?pageSize=100"), c => c == id);

        // Put back to the pool by its officer: now the colleague's shared queue lists it.
        await holder.ActAsync(id, "claim", new { });
        await holder.ActAsync(id, "release", new { explanation = "Passar bättre hos en kollega." });
        Assert.Contains(await IdsAsync(colleague, "/api/v1/queue/shared?pageSize=100"), c => c == id);
    }

    [Fact]
    public async Task A_case_is_found_by_its_reference_number_by_its_officer_and_its_unit_and_by_nobody_else()
    {
        using var contact = Hub.As("kp-08");
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Hitta mig." } });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        var reference = (await contact.GetCaseAsync(id))["reference"]!.GetValue<string>();
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await officer.ActAsync(id, "claim", new { });
        using var colleague = Hub.As(new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != officer.UserId));

        // As typed: lower case, without the leading zeros.
        var typed = "kh-" + reference[3..8] + int.Parse(reference[8..]);
        var (status, found) = await officer.GetAsync($"/api/v1/case-references/{typed}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, found!["id"]!.GetValue<Guid>());
        Assert.Equal(reference, found["reference"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await contact.GetAsync($"/api/v1/case-references/{reference}")).Status);

        // A claimed colleague's case and another unit's case are not found (as if they did not exist).
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/case-references/{reference}")).Status);
        using var otherUnit = Hub.As("kp-20");
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/v1/case-references/{reference}")).Status);

        var (invalid, problem) = await officer.GetAsync("/api/v1/case-references/nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Equal("referenceFormat", problem!["errorCodes"]!["reference"]![0]!.GetValue<string>());
    }

    private static async Task<IReadOnlyList<Guid>> IdsAsync(HubClient client, string path)
    {
        var (status, page) = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return page!["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).ToList();
    }
}
