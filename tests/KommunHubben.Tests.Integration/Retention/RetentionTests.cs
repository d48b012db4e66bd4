using System.Text.Json;
using KommunHubben.Application;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Retention;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Reporting;
using KommunHubben.Reporting;
using KommunHubben.Reporting.Queries;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.Retention;

/// <summary>
/// The retention schedule on PostgreSQL with a fake clock, checked by reading the raw rows: a case finished 24 months
/// and a day ago loses every personal field, note, decision content, attachment and message; its codes, dates, history steps and
/// reporting facts stay, so the year's indicator is the same; the deletion log names it; a case under legal hold and a
/// younger case are untouched; a second run removes nothing more.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ClosedLongAgo = Now.AddMonths(-24).AddDays(-1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private static readonly HubUser Admin = new("admin-1", Role.Administrator, null);
    private int _references;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Postgres",
            ["Hub:Database:ConnectionString"] = _database.ConnectionString,
            ["Hub:Retention:BatchSize"] = "2", // several batches for the few cases here
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddHubApplication(configuration);
        services.AddHubReporting(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<KommunHubben.Messaging.Outbox.OutboxSignal>();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_case_finished_24_months_and_a_day_ago_is_stripped_of_personal_data_and_nothing_else_changes()
    {
        var expired = await AddClosedCaseAsync(ClosedLongAgo, ClosureReason.Work, "Woman");
        var held = await AddClosedCaseAsync(ClosedLongAgo, ClosureReason.Studies, "Man");
        var young = await AddClosedCaseAsync(Now.AddMonths(-23), ClosureReason.Work, "Man");
        var openOld = await AddOpenCaseAsync(Now.AddYears(-3));
        // More closures in the same year, so the indicator's groups are not suppressed as too small.
        for (var i = 0; i < 8; i++) await AddClosedCaseAsync(ClosedLongAgo.AddDays(-i - 2), i % 3 == 0 ? ClosureReason.Other : ClosureReason.Work, i % 2 == 0 ? "Woman" : "Man");
        var oldUpload = await AddUploadAsync(Now.AddHours(-25));
        var freshUpload = await AddUploadAsync(Now.AddHours(-1));
        await using (var scope = _services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<LegalHolds>().SetAsync(Admin, held, "Överklagande pågår", CancellationToken.None);
            Assert.IsType<CommandResult.Ok>(result);
        }

        var year = ClosedLongAgo.Year;
        var indicatorBefore = await IndicatorJsonAsync(year);
        var reportingBefore = await ReportingRowsAsync();
        var stepsBefore = await _database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id""", ("id", expired));

        var first = await RunJobAsync();

        // Every personal field of the expired case is gone from the row, not hidden.
        var row = (await _database.RowsAsync("""
            SELECT "ProtectedDetails", "PersonKeyHash", "ProtectedDecision", "Type", "Status", "SubmittedAt", "UpdatedAt", "Outcome", "ClosureReason"
            FROM cases WHERE "Id" = @id
            """, ("id", expired))).Single();
        Assert.Null(row[0]);
        Assert.Null(row[1]);
        Assert.Null(row[2]);
        Assert.Equal("WageSubsidy", row[3]);
        Assert.Equal("Closed", row[4]);
        Assert.Equal(ClosedLongAgo.AddDays(-30), ((DateTime)row[5]!).ToUniversalTime());
        Assert.Equal(ClosedLongAgo, ((DateTime)row[6]!).ToUniversalTime());
        Assert.Equal("Granted", row[7]);
        Assert.Equal("Work", row[8]);
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM attachments WHERE "CaseId" = @id""", ("id", expired)));
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id AND "ProtectedNote" IS NOT NULL""", ("id", expired)));
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM case_messages WHERE "CaseId" = @id""", ("id", expired)));
        Assert.Equal(0, await _database.ScalarAsync<int>(
            """SELECT count(*) FROM case_message_reads r WHERE NOT EXISTS (SELECT 1 FROM case_messages m WHERE m."Id" = r."MessageId")"""));
        // The history's steps (what happened when) stay; only their notes went.
        Assert.Equal(stepsBefore, await _database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id""", ("id", expired)));

        // Reporting facts and the primary indicator for the case's year are untouched.
        Assert.Equal(reportingBefore, await ReportingRowsAsync());
        Assert.Equal(indicatorBefore, await IndicatorJsonAsync(year));
        Assert.Equal(10, await ClosedCountedAsync(year)); // not a vacuous comparison: the expired and held cases' year

        // The deletion log names the case (by reference where cases have one), each kind, its rule — and no content.
        var log = await _database.RowsAsync("""SELECT "Kind", "Rule", "Count", "CaseReference" FROM retention_log WHERE "CaseId" = @id ORDER BY "Kind" """, ("id", expired));
        Assert.Equal(["Attachments", "DecisionContent", "FreeText", "Messages", "PersonalDetails"], log.Select(r => (string)r[0]!).ToArray());
        Assert.All(log, r => Assert.Equal("FinishedCase:WageSubsidy:24m", r[1]));
        var reference = await _database.ScalarAsync<string>("""SELECT "Reference" FROM cases WHERE "Id" = @id""", ("id", expired));
        Assert.StartsWith("KH-", reference);
        Assert.All(log, r => Assert.Equal(reference, r[3]));
        Assert.Equal(2, log.Single(r => (string)r[0]! == "Attachments")[2]);
        Assert.Equal(2, log.Single(r => (string)r[0]! == "FreeText")[2]);
        Assert.Equal(2, log.Single(r => (string)r[0]! == "Messages")[2]);

        // The case under legal hold, the younger case and the open one keep everything.
        foreach (var kept in new[] { held, young, openOld })
        {
            Assert.Equal(1, await _database.ScalarAsync<int>(
                """SELECT count(*) FROM cases WHERE "Id" = @id AND "ProtectedDetails" IS NOT NULL AND "PersonKeyHash" IS NOT NULL""", ("id", kept)));
            Assert.Equal(2, await _database.ScalarAsync<int>("""SELECT count(*) FROM attachments WHERE "CaseId" = @id""", ("id", kept)));
            Assert.Equal(2, await _database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id AND "ProtectedNote" IS NOT NULL""", ("id", kept)));
            Assert.Equal(2, await _database.ScalarAsync<int>("""SELECT count(*) FROM case_messages WHERE "CaseId" = @id""", ("id", kept)));
            Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM retention_log WHERE "CaseId" = @id""", ("id", kept)));
        }
        Assert.Equal(1, await _database.ScalarAsync<int>(
            """SELECT count(*) FROM cases WHERE "Id" = @id AND "ProtectedDecision" IS NOT NULL""", ("id", held)));
        // The abandoned upload went after 24 hours; the fresh one stays.
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM attachments WHERE "Id" = @id""", ("id", oldUpload)));
        Assert.Equal(1, await _database.ScalarAsync<int>("""SELECT count(*) FROM attachments WHERE "Id" = @id""", ("id", freshUpload)));
        Assert.Equal(1, first[RetentionKinds.UnattachedUploads]);
        // The 8 other closures of that year were finished long ago too: their data went the same way.
        Assert.Equal(9, first[RetentionKinds.PersonalDetails]);

        // The second run finds nothing more.
        var logLines = await _database.ScalarAsync<int>("SELECT count(*) FROM retention_log");
        var second = await RunJobAsync();
        Assert.Empty(second);
        Assert.Equal(logLines, await _database.ScalarAsync<int>("SELECT count(*) FROM retention_log"));

        // Lifting the hold lets the next run remove the held case's data too, and the audit log has both steps.
        await using (var scope = _services.CreateAsyncScope())
        {
            var holds = await scope.ServiceProvider.GetRequiredService<LegalHolds>().InForceAsync(Admin, CancellationToken.None);
            var result = await scope.ServiceProvider.GetRequiredService<LegalHolds>().LiftAsync(Admin, holds!.Single().Id, "Domen har vunnit laga kraft", CancellationToken.None);
            Assert.IsType<CommandResult.Ok>(result);
        }
        var third = await RunJobAsync();
        Assert.Equal(1, third[RetentionKinds.PersonalDetails]);
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM attachments WHERE "CaseId" = @id""", ("id", held)));
        Assert.Equal(["LiftLegalHold", "SetLegalHold"], (await _database.RowsAsync(
            """SELECT "Action" FROM audit_log WHERE "CaseId" = @id AND "ActorId" = 'admin-1' ORDER BY "Action" """, ("id", held))).Select(r => (string)r[0]!).ToArray());
    }

    private async Task<IReadOnlyDictionary<string, int>> RunJobAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);
    }

    private async Task<string> IndicatorJsonAsync(int year)
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IndicatorQueries>().ClosuresAsync(year, [], CancellationToken.None);
        return JsonSerializer.Serialize(report);
    }

    private async Task<int> ClosedCountedAsync(int year)
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IndicatorQueries>().ClosuresAsync(year, [], CancellationToken.None);
        return (report.Total.Total.Closed.Value ?? -1) + (report.Total.ReReferred.Value ?? 0);
    }

    private async Task<string> ReportingRowsAsync() =>
        string.Join("\n", (await _database.RowsAsync("""SELECT * FROM reporting_cases ORDER BY "CaseId" """)).Select(r => string.Join("|", r)));

    /// <summary>A finished wage-subsidy case with details, a decision, two notes and two attachments, and its reporting fact.</summary>
    private async Task<Guid> AddClosedCaseAsync(DateTime closedAt, ClosureReason reason, string gender)
    {
        var submittedAt = closedAt.AddDays(-30);
        var record = CaseRecord.Submit(Guid.NewGuid(), CaseType.WageSubsidy, "jobbtorg-city", "kp-01", null, "hash-" + Guid.NewGuid().ToString("N"), [1, 2, 3], submittedAt);
        record.GiveReference($"KH-{submittedAt.Year}-{++_references:000000}");
        record.AssignTo("af-anna", "test");
        record.Apply(CaseAction.Route, "workflow", submittedAt);
        record.Apply(CaseAction.Claim, "af-anna", submittedAt.AddDays(1));
        record.Apply(CaseAction.RequestSupplement, "af-anna", submittedAt.AddDays(2), [9, 9]);
        record.Apply(CaseAction.ProvideSupplement, "kp-01", submittedAt.AddDays(3), [8, 8]);
        record.Apply(CaseAction.Decide, "af-anna", submittedAt.AddDays(4));
        record.RecordDecision("Granted", [7, 7, 7]);
        record.Apply(CaseAction.Close, "af-anna", closedAt);
        record.RecordClosure(reason);
        await SaveAsync(record, new ReportingCase
        {
            CaseId = record.Id, Type = record.Type, UnitId = record.UnitId, ContactPersonId = "kp-01", Gender = gender,
            SubmittedAt = submittedAt, Status = CaseStatus.Closed, StatusAt = closedAt, OfficerId = "af-anna", ClosedAt = closedAt,
            ClosureReason = reason, Outcome = "Granted", DecidedAt = submittedAt.AddDays(4),
        });
        return record.Id;
    }

    private async Task<Guid> AddOpenCaseAsync(DateTime submittedAt)
    {
        var record = CaseRecord.Submit(Guid.NewGuid(), CaseType.WageSubsidy, "jobbtorg-city", "kp-01", null, "hash-open", [1, 2, 3], submittedAt);
        record.Apply(CaseAction.Route, "workflow", submittedAt);
        record.Apply(CaseAction.Claim, "af-anna", submittedAt);
        record.Apply(CaseAction.RequestSupplement, "af-anna", submittedAt, [9]);
        record.Apply(CaseAction.ProvideSupplement, "kp-01", submittedAt, [8]);
        await SaveAsync(record, null);
        return record.Id;
    }

    private async Task SaveAsync(CaseRecord record, ReportingCase? fact)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.Cases.Add(record);
        for (var i = 0; i < 2; i++)
        {
            var file = NewUpload(record.SubmittedAt);
            file.AttachTo(record.Id);
            db.Attachments.Add(file);
        }
        if (fact is not null) db.ReportingCases.Add(fact);
        // A conversation: a message each way, the officer's read by the contact person.
        var message = new CaseMessage { CaseId = record.Id, At = record.SubmittedAt, AuthorId = "af-anna", AuthorRole = Role.Officer, ProtectedText = [6, 6] };
        db.CaseMessages.Add(message);
        db.CaseMessages.Add(new CaseMessage { CaseId = record.Id, At = record.SubmittedAt, AuthorId = "kp-01", AuthorRole = Role.ContactPerson, ProtectedText = [6] });
        await db.SaveChangesAsync();
        db.CaseMessageReads.Add(new CaseMessageRead { MessageId = message.Id, ReaderId = "kp-01", ReadAt = record.SubmittedAt });
        await db.SaveChangesAsync();
    }

    private async Task<Guid> AddUploadAsync(DateTime at)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var file = NewUpload(at);
        db.Attachments.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }

    private static Attachment NewUpload(DateTime at) => new()
    {
        Id = Guid.NewGuid(), UploadedBy = "kp-01", UnitId = "jobbtorg-city", FileType = "Pdf", Length = 3,
        ProtectedName = [4, 4], ProtectedContent = [5, 5, 5], UploadedAt = at,
    };
}
