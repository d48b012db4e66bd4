using System.Net;
using KommunHubben.Application;
using KommunHubben.Application.Consents;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.Consent;

/// <summary>
/// A consent running out, on a running hub (PostgreSQL, RabbitMQ, API and worker) with the expiry job run beside it
/// on a fake clock: 30 days before the expiry day the contact person of the open case resting on it gets one notice
/// naming the case, and no more however often the job runs; a consent with no open case, or whose case another
/// consent covers, gives no notice; the day after the expiry day the case is stopped as on withdrawal (CaseStopped on
/// the broker, the reporting projection follows) and the officer holding it is told — once, also when two workers run
/// the job at the same moment.
/// </summary>
public sealed class ConsentExpiryTests(SharedHubWithTap shared) : IClassFixture<SharedHubWithTap>, IAsyncLifetime
{
    private HubDeployment Hub => shared.Hub;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    // Far enough ahead that the hub's own job, on the real clock, has nothing to do with these consents.
    private static readonly DateOnly ExpiresOn = Today.AddDays(100);
    private readonly FakeTimeProvider _clock = new(At(ExpiresOn.AddDays(-31)));
    private ServiceProvider _job = null!;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Postgres",
            ["Hub:Database:ConnectionString"] = Hub.Database.AppConnectionString,
            ["Hub:ConsentExpiry:BatchSize"] = "2", // several batches for the few consents here
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddHubApplication(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<OutboxSignal>();
        _job = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _job.DisposeAsync();

    private static object Planning(string pnr) => new
    {
        caseType = "IndividualPlanning",
        personalIdentityNumber = pnr,
        individualPlanning = new { kind = "ActionPlanRequest", purpose = "Gemensam planering" },
    };

    private static async Task<Guid> RegisterConsentAsync(HubClient contact, string pnr, DateOnly expiresOn)
    {
        var (status, body) = await contact.PostAsync("/api/v1/consents", new
        {
            personalIdentityNumber = pnr,
            caseTypes = new[] { "IndividualPlanning" },
            givenOn = Today.AddDays(-1),
            givenHow = "Written",
            expiresOn,
        });
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_consent_ending_warns_the_contact_person_once_and_at_expiry_stops_the_case_and_tells_its_officer_once()
    {
        // The case resting on the consent that ends, being worked on by its officer.
        using var contact = Hub.As("kp-20");
        var consentId = await RegisterConsentAsync(contact, "197803121230", ExpiresOn);
        var caseId = await contact.SubmitAsync(Planning("197803121230"));
        var routed = await contact.WaitForStatusAsync(caseId, "Routed");
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/cases/{caseId}/claim", new { })).Status);
        // A consent ending the same day with no case sent on it.
        using var idle = Hub.As("kp-21");
        await RegisterConsentAsync(idle, "198506214561", ExpiresOn);
        // A case whose person has given a newer consent that outlasts the ending one: it does not rest on the old one.
        using var renewed = Hub.As("kp-22");
        await RegisterConsentAsync(renewed, "199109057894", ExpiresOn);
        var renewedCase = await renewed.SubmitAsync(Planning("199109057894"));
        await RegisterConsentAsync(renewed, "199109057894", Today.AddDays(300));
        await renewed.WaitForStatusAsync(renewedCase, "Routed");

        // 31 days before the expiry day: too early.
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        Assert.Empty(await NoticesAsync(contact, "ConsentExpiresSoon"));

        // 30 days before: one notice to the contact person, naming the case — even with two workers running the job at once.
        _clock.SetUtcNow(At(ExpiresOn.AddDays(-30)));
        Assert.Equal(new ConsentExpiryResult(1, 0, 0), await RunTwoJobsAtOnceAsync());
        var notice = Assert.Single(await NoticesAsync(contact, "ConsentExpiresSoon"));
        Assert.Equal(caseId, notice!["caseId"]!.GetValue<Guid>());
        Assert.Empty(await NoticesAsync(idle, "ConsentExpiresSoon"));
        Assert.Empty(await NoticesAsync(renewed, "ConsentExpiresSoon"));
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM consents WHERE "Id" = @id AND "ExpiryNoticeSentAt" IS NOT NULL""", ("id", consentId)));

        // Run again, and again a week later: nothing more.
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        _clock.SetUtcNow(At(ExpiresOn.AddDays(-23)));
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        Assert.Single(await NoticesAsync(contact, "ConsentExpiresSoon"));

        // On the expiry day itself the consent still holds.
        _clock.SetUtcNow(At(ExpiresOn));
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        Assert.Equal("Claimed", (await contact.GetCaseAsync(caseId))["status"]!.GetValue<string>());

        // The day after: the case is stopped as on withdrawal, and its officer is told.
        _clock.SetUtcNow(At(ExpiresOn.AddDays(1)));
        Assert.Equal(new ConsentExpiryResult(0, 1, 0), await RunTwoJobsAtOnceAsync());
        Assert.Equal("Stopped", (await contact.GetCaseAsync(caseId))["status"]!.GetValue<string>());
        Assert.Single(await NoticesAsync(officer, "CaseStoppedConsentExpired"), n => n!["caseId"]!.GetValue<Guid>() == caseId);
        Assert.Single(await NoticesAsync(contact, "CaseStoppedConsentExpired"), n => n!["caseId"]!.GetValue<Guid>() == caseId);
        var (refused, _) = await officer.PostAsync($"/api/v1/cases/{caseId}/decision", new { outcome = "Answered", explanation = "För sent." });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("Routed", (await renewed.GetCaseAsync(renewedCase))["status"]!.GetValue<string>());
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM audit_log WHERE "CaseId" = @id AND "Action" = 'StopCase' AND "ActorId" = 'system'""", ("id", caseId)));

        // CaseStopped is announced on the broker, and the reporting projection (a consumer behind it) follows.
        await Eventually(() => shared.Tap.Bodies.Any(b => b.Contains(caseId.ToString()) && b.Contains("ConsentExpired")), "CaseStopped on the broker");
        await Eventually(async () => await Hub.Database.ScalarAsync<string>(
            """SELECT "Status" FROM reporting_cases WHERE "CaseId" = @id""", ("id", caseId)) == "Stopped", "the reporting fact stopped");

        // A second run, and one a month later, change nothing.
        var stepsBefore = await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id""", ("id", caseId));
        var noticesBefore = await Hub.Database.ScalarAsync<int>("SELECT count(*) FROM notifications");
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        _clock.SetUtcNow(At(ExpiresOn.AddDays(31)));
        Assert.Equal(new ConsentExpiryResult(0, 0, 0), await RunJobAsync());
        Assert.Equal(stepsBefore, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id""", ("id", caseId)));
        Assert.Equal(noticesBefore, await Hub.Database.ScalarAsync<int>("SELECT count(*) FROM notifications"));
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseStopped' AND "Body" LIKE @pattern""", ("pattern", $"%{caseId}%")));
    }

    private async Task<ConsentExpiryResult> RunJobAsync()
    {
        await using var scope = _job.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentExpiryJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Two passes at the same moment, as two workers would run them; what they did together.</summary>
    private async Task<ConsentExpiryResult> RunTwoJobsAtOnceAsync()
    {
        var both = await Task.WhenAll(RunJobAsync(), RunJobAsync());
        return both[0] + both[1];
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> NoticesAsync(HubClient who, string kind)
    {
        var (status, body) = await who.GetAsync("/api/v1/notifications");
        Assert.Equal(HttpStatusCode.OK, status);
        return body!.AsArray().Where(n => n!["kind"]!.GetValue<string>() == kind).ToList();
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not seen within 60 s: {what}");
            await Task.Delay(200);
        }
    }

    private static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);
}
