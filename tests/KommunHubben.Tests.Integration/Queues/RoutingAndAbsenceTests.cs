using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>The routing policy in the running hub: skills, absence, and redistribution of an absent officer's cases.</summary>
public sealed class RoutingAndAbsenceTests : RunningHubTest
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task An_officer_marked_absent_with_20_open_cases_has_them_all_moved_respecting_skills_each_move_recorded()
    {
        using var admin = Hub.As("admin-1");
        using var contact = Hub.As("kp-08");
        // Everyone but Anna away: the 20 cases all land with her.
        foreach (var away in new[] { "af-bilal", "af-cecilia", "af-david" })
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/officers/{away}/absences", new { from = Today, to = Today })).Status);
        await contact.RegisterConsentAsync("190905271474", "DisabilityCoding", "GeneralQuestion");
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
            ids.Add(await contact.SubmitAsync(i % 4 == 0
                ? new
                {
                    caseType = "DisabilityCoding", personalIdentityNumber = "190905271474",
                    disabilityCoding = new
                    {
                        categories = new[] { "Vision" }, effectOnWork = "Behöver förstoringsprogram.",
                        evidence = new[] { new { type = "MedicalCertificate", author = "Dr A", titleOrAgency = "Syncentralen", date = Today.AddDays(-5) } },
                    },
                }
                : new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = $"Fråga {i}" } }));
        foreach (var id in ids)
        {
            var routed = await contact.WaitForStatusAsync(id, "Routed");
            Assert.Equal("af-anna", routed["assignedOfficerId"]!.GetValue<string>());
            Assert.Contains("|af-bilal:absent", routed["routingReason"]!.GetValue<string>());
        }
        using var anna = Hub.As("af-anna");
        await anna.ActAsync(ids[1], "claim", new { });

        // Now Anna is the one away; the others are back.
        await Hub.Database.ExecuteAsync("DELETE FROM officer_absences");
        await admin.PostAsync("/api/v1/officers/af-anna/absences", new { from = Today, to = Today.AddDays(14) });
        var (status, result) = await admin.PostAsync("/api/v1/officers/af-anna/redistribute", new { });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(20, result!["moved"]!.GetValue<int>());
        var rows = await Hub.Database.RowsAsync("""SELECT "Id", "Type", "AssignedOfficerId", "Status" FROM cases""");
        Assert.Equal(20, rows.Count);
        Assert.DoesNotContain(rows, r => (string)r[2]! == "af-anna");
        // Disability coding only to the officers who have the skill.
        Assert.All(rows.Where(r => (string)r[1]! == "DisabilityCoding"), r => Assert.Equal("af-bilal", (string)r[2]!));
        Assert.Equal("Routed", rows.Single(r => (Guid)r[0]! == ids[1])[3]);
        Assert.True(rows.Select(r => (string)r[2]!).Distinct().Count() >= 3, "The general questions are spread over the officers who are back.");
        Assert.Equal(20, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM audit_log WHERE "Action" = 'Redistribute'"""));
        Assert.Equal(20, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseHandedOver'"""));
    }

    [Fact]
    public async Task Only_an_administrator_can_mark_absence_and_a_reversed_period_is_refused()
    {
        using var officer = Hub.As("af-david");
        using var admin = Hub.As("admin-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/v1/officers/af-david/absences", new { from = Today, to = Today })).Status);
        var (status, problem) = await admin.PostAsync("/api/v1/officers/af-david/absences", new { from = Today, to = Today.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("before the start", problem!["errors"]!["to"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/officers/kp-01/redistribute", new { })).Status);
    }
}
