using KommunHubben.Application;
using KommunHubben.Application.Consents;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Consents;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.Consent;

/// <summary>
/// The consent expiry job on the embedded default's SQLite (the demo's `dotnet run` runs it too): the notice 30 days
/// before, the stop the day after the expiry day, each once.
/// </summary>
public sealed class ConsentExpiryOnSqliteTests : IAsyncLifetime
{
    private static readonly DateOnly ExpiresOn = new(2027, 3, 31);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(ExpiresOn.AddDays(-30).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"khub-consent-expiry-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Sqlite",
            ["Hub:Database:ConnectionString"] = $"Data Source={_file}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddHubApplication(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<OutboxSignal>();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task The_notice_goes_once_and_the_case_stops_once()
    {
        var caseId = Guid.NewGuid();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            db.Consents.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(), PersonKeyHash = "hash-sqlite", ProtectedContent = [1], CaseTypes = "IndividualPlanning",
                GivenOn = ExpiresOn.AddDays(-300), GivenHow = ConsentGivenHow.Written, ExpiresOn = ExpiresOn,
                RegisteredBy = "kp-01", UnitId = "jobbtorg-city", RegisteredAt = new DateTime(2026, 6, 4, 0, 0, 0, DateTimeKind.Utc),
            });
            var record = CaseRecord.Submit(caseId, CaseType.IndividualPlanning, "jobbtorg-city", "kp-01", null, "hash-sqlite", [1], new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
            record.AssignTo("af-anna", "test");
            record.Apply(CaseAction.Route, "workflow", record.SubmittedAt);
            db.Cases.Add(record);
            await db.SaveChangesAsync();
        }

        Assert.Equal(new ConsentExpiryResult(1, 0, 0), await RunAsync());
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunAsync());

        _clock.SetUtcNow(new DateTimeOffset(ExpiresOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        Assert.Equal(new ConsentExpiryResult(0, 1, 0), await RunAsync());
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunAsync());

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.Equal(CaseStatus.Stopped, (await db.Cases.SingleAsync(c => c.Id == caseId)).Status);
            var kinds = await db.Notifications.Where(n => n.CaseId == caseId).Select(n => n.RecipientId + ":" + n.Kind).ToListAsync();
            Assert.Equal(["af-anna:CaseStoppedConsentExpired", "kp-01:CaseStoppedConsentExpired", "kp-01:ConsentExpiresSoon"], kinds.Order().ToArray());
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.MessageType == "CaseStopped"));
        }
    }

    private async Task<ConsentExpiryResult> RunAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentExpiryJob>().RunAsync(CancellationToken.None);
    }
}
