using KommunHubben.Domain.Calendar;
using KommunHubben.Email;
using KommunHubben.Persistence;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>
/// One hub for all e-mail tests (a class fixture): a worker and the API sending to one real SMTP server in the test
/// process, which requires authentication. Digests are planned only by the tests (with a fake clock), so the real
/// clock's weekday never decides what a test sees.
/// </summary>
public sealed class MailHub : IAsyncLifetime
{
    public TestMailServer Mail { get; } = TestMailServer.Started();
    public HubDeployment Hub { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = Mail.HubSettings();
        settings["Hub__Email__Digests"] = "false";
        Hub = new HubDeployment { Database = await TestDatabase.CreateAsync(), VirtualHost = await TestVirtualHost.CreateAsync(), Overrides = settings };
        await Hub.StartWorkerAsync();
        await Hub.StartApiAsync();
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Mail.DisposeAsync();
    }

    /// <summary>Writes <paramref name="count"/> notices the way the workflow does (one row each) and returns their ids.</summary>
    public async Task<List<long>> WriteNoticesAsync(string recipient, string kind, Guid caseId, int count)
    {
        var rows = await Hub.Database.RowsAsync("""
            INSERT INTO notifications ("RecipientId","CaseId","Kind","At")
            SELECT @recipient, @case, @kind, now() FROM generate_series(1, @count) RETURNING "Id"
            """, ("recipient", recipient), ("case", caseId), ("kind", kind), ("count", count));
        return rows.Select(r => (long)r[0]!).ToList();
    }

    /// <summary>
    /// Plans the digests due at <paramref name="stockholmTime"/> and sends what is then due, in this process with a
    /// fake clock, against the hub's database and to the test mail server, as a worker would at that moment.
    /// </summary>
    /// <returns>How many digests were planned.</returns>
    public async Task<int> RunDigestsAtAsync(DateTime stockholmTime)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(stockholmTime, DateTimeKind.Unspecified), WorkingDayCalendar.StockholmTimeZone);
        var settings = Mail.HubSettings().ToDictionary(kv => kv.Key.Replace("__", ":"), kv => (string?)kv.Value);
        settings["Hub:Database:Provider"] = "Postgres";
        settings["Hub:Database:ConnectionString"] = Hub.Database.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(utc)));
        services.AddHubEmail(configuration, runWorker: true);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var planned = await scope.ServiceProvider.GetRequiredService<DigestPlanner>().RunOnceAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MailDispatcher>().RunOnceAsync(100, CancellationToken.None);
        return planned;
    }

    public static string NoticeMessageId(long notificationId) => $"notice-{notificationId}@kommunhubben.test.example";
}
