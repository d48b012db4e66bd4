using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Tests.Integration.Infrastructure;
using KommunHubben.Workflow.Deadlines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>
/// Deadlines kept in PostgreSQL and fired by two scheduler instances at once (as two workers would), with time
/// controlled by a fake clock: each due deadline escalates exactly once, and a case decided in time escalates never.
/// </summary>
public sealed class DeadlineTests : IAsyncLifetime
{
    // Monday 30 November 2026, 09:00 in Stockholm.
    private static readonly DateTime Start = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
    private TestDatabase _database = null!;
    private readonly FakeTimeProvider _clockA = new(new DateTimeOffset(Start));
    private readonly FakeTimeProvider _clockB = new(new DateTimeOffset(Start));
    private ServiceProvider _workerA = null!;
    private ServiceProvider _workerB = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _workerA = Worker(_clockA);
        _workerB = Worker(_clockB);
        await using var scope = _workerA.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _workerA.DisposeAsync();
        await _workerB.DisposeAsync();
        await _database.DisposeAsync();
    }

    private ServiceProvider Worker(FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Postgres",
            ["Hub:Database:ConnectionString"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(NullLoggerFactory.Instance);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<DeadlineScheduler>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task With_two_schedulers_each_due_deadline_escalates_once_and_a_case_decided_in_time_never()
    {
        var planner = new DeadlinePlanner(new SlaOptions(), new WorkingDayCalendar(new WorkingDayCalendarOptions()));
        var decidedInTime = new List<Guid>();
        var late = new List<Guid>();
        await using (var scope = _workerA.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            for (var i = 0; i < 40; i++)
            {
                var record = CaseRecord.Submit(Guid.NewGuid(), CaseType.GeneralQuestion, "jobbtorg-city", "kp-01", null, null, [1], Start);
                record.AssignTo(i % 2 == 0 ? "af-anna" : "af-bilal", "test");
                record.Apply(CaseAction.Route, "workflow", Start);
                if (i < 10)
                {
                    // Handled well inside the SLA: claimed and decided the same morning.
                    record.Apply(CaseAction.Claim, record.AssignedOfficerId!, Start.AddHours(1));
                    record.Apply(CaseAction.Decide, record.AssignedOfficerId!, Start.AddHours(2));
                    decidedInTime.Add(record.Id);
                }
                else late.Add(record.Id);
                db.Cases.Add(record);
                foreach (var p in planner.WhenRouted(record.Type, record.SubmittedAt))
                    db.Deadlines.Add(new Deadline { CaseId = record.Id, Kind = p.Kind, DueAt = p.DueAt, IsReminder = p.IsReminder, CreatedAt = Start });
            }
            await db.SaveChangesAsync();
        }

        // Nothing is due yet.
        Assert.Equal(0, await RunAsync(_workerA));

        // A month later both workers look at the same due deadlines at the same time.
        _clockA.Advance(TimeSpan.FromDays(30));
        _clockB.Advance(TimeSpan.FromDays(30));
        int firedA = 0, firedB = 0;
        while (true)
        {
            var rounds = await Task.WhenAll(RunAsync(_workerA), RunAsync(_workerB));
            firedA += rounds[0];
            firedB += rounds[1];
            if (rounds.Sum() == 0) break;
        }

        var deadlines = await _database.ScalarAsync<int>("SELECT count(*) FROM deadlines");
        Assert.Equal(deadlines, firedA + firedB);
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM deadlines WHERE "FiredAt" IS NULL"""));
        var breaches = await _database.RowsAsync("""SELECT "Body" FROM outbox WHERE "MessageType" = 'DeadlineBreached'""");
        var bodies = breaches.Select(r => (string)r[0]!).ToList();
        // Each late case breaches its first-action and its decision deadline, once each.
        Assert.Equal(late.Count * 2, bodies.Count);
        foreach (var id in late)
        {
            Assert.Single(bodies, b => b.Contains(id.ToString()) && b.Contains("\"kind\":\"FirstAction\""));
            Assert.Single(bodies, b => b.Contains(id.ToString()) && b.Contains("\"kind\":\"Decision\""));
        }
        Assert.DoesNotContain(bodies, b => decidedInTime.Any(id => b.Contains(id.ToString())));
        Assert.Equal(decidedInTime.Count * 4, await _database.ScalarAsync<int>(
            """SELECT count(*) FROM deadlines WHERE "Result" = 'NoLongerRelevant'"""));
        // The breach is visible to the officer and to both coordinators.
        Assert.Equal(late.Count * 2, await _database.ScalarAsync<int>(
            """SELECT count(*) FROM notifications WHERE "RecipientId" = 'coord-1' AND "Kind" LIKE 'Breach%'"""));
        Assert.True(await _database.ScalarAsync<int>(
            """SELECT count(*) FROM notifications WHERE "RecipientId" = 'af-bilal' AND "Kind" = 'BreachDecision'""") > 0);
    }

    private static async Task<int> RunAsync(ServiceProvider worker)
    {
        await using var scope = worker.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineScheduler>().RunOnceAsync(CancellationToken.None);
    }
}
