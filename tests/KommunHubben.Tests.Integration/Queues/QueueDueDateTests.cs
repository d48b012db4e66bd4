using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>The queue view's due dates, breach marks and "nearest deadline first" order, from the deadlines the worker plans.</summary>
public sealed class QueueDueDateTests : RunningHubTest
{
    [Fact]
    public async Task The_queue_shows_due_dates_and_breach_marks_and_sorts_by_the_nearest_deadline()
    {
        using var contact = Hub.As("kp-09");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
            ids.Add(await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = $"Deadline {i}" } }));
        foreach (var id in ids) await contact.WaitForStatusAsync(id, "Routed");
        // The worker plans each case's deadlines when it is routed.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await Hub.Database.ScalarAsync<int>("SELECT count(DISTINCT \"CaseId\") FROM deadlines") < ids.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "Deadlines were not planned for every routed case.");
            await Task.Delay(200);
        }
        // Placed with no officer, so all three are in the shared queue (which leaves out cases a present colleague has).
        foreach (var id in ids) await Hub.Database.ExecuteAsync("""UPDATE cases SET "AssignedOfficerId" = NULL WHERE "Id" = @id""", ("id", id));
        // Make the last case the most pressing, and mark the first as already escalated.
        await Hub.Database.ExecuteAsync(
            "UPDATE deadlines SET \"DueAt\" = now() + interval '1 hour' WHERE \"CaseId\" = @id AND NOT \"IsReminder\" AND \"Kind\" = 'FirstAction'",
            ("id", ids[2]));
        await Hub.Database.ExecuteAsync(
            "INSERT INTO deadlines (\"CaseId\",\"Kind\",\"DueAt\",\"IsReminder\",\"CreatedAt\",\"FiredAt\",\"Result\") " +
            "VALUES (@id,'Decision',now() - interval '1 day',false,now(),now(),'Escalated')", ("id", ids[0]));

        using var officer = Hub.As("af-anna");
        var dueBefore = Uri.EscapeDataString(DateTime.UtcNow.AddHours(2).ToString("o"));
        var (_, soon) = await officer.GetAsync($"/api/v1/queue/shared?sort=due&dueBefore={dueBefore}");
        var only = Assert.Single(soon!["items"]!.AsArray());
        Assert.Equal(ids[2], only!["id"]!.GetValue<Guid>());
        Assert.NotNull(only["dueAt"]);

        var (_, all) = await officer.GetAsync("/api/v1/queue/shared?sort=due");
        var items = all!["items"]!.AsArray();
        Assert.Equal(ids[2], items[0]!["id"]!.GetValue<Guid>());
        Assert.True(items.Single(c => c!["id"]!.GetValue<Guid>() == ids[0])!["breached"]!.GetValue<bool>());
        Assert.False(items.Single(c => c!["id"]!.GetValue<Guid>() == ids[1])!["breached"]!.GetValue<bool>());
    }
}
