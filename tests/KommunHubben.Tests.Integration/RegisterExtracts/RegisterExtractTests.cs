using System.Diagnostics;
using System.Text;
using KommunHubben.Application;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Consents;
using KommunHubben.Application.Conversations;
using KommunHubben.Application.RegisterExtracts;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KommunHubben.Tests.Integration.RegisterExtracts;

/// <summary>
/// A person's register extract on PostgreSQL: person A has 3 cases, 2 consents, a conversation and 5 audited reads;
/// person B, in the same database, a case, a consent, a conversation and reads of their own. A's extract (the object, its JSON and its PDF read back
/// with pdftotext) lists all of A's and nothing of B's, and the extract is itself audit-logged.
/// </summary>
public sealed class RegisterExtractTests : IAsyncLifetime
{
    private const string PersonA = "190905271474";
    private const string PersonAShort = "090527+1474"; // "+": the person is over 100, born 1909
    private const string PersonB = "195704289999";
    private static readonly DateTime Now = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);
    private static readonly HubUser Contact = new("kp-01", Role.ContactPerson, "jobbtorg-city");
    private static readonly HubUser Officer = new("af-anna", Role.Officer, null);
    private static readonly HubUser Admin = new("admin-1", Role.Administrator, null);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "Postgres",
            ["Hub:Database:ConnectionString"] = _database.ConnectionString,
            ["Hub:PersonalData:ActiveKeyId"] = "test-1",
            ["Hub:PersonalData:Keys:test-1"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Hub:PersonalData:HashKey"] = Convert.ToBase64String(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray()),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddHubApplication(configuration);
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
    public async Task The_extract_lists_every_case_consent_and_read_of_the_person_and_nothing_of_another()
    {
        var casesOfA = new List<Guid>();
        for (var i = 1; i <= 3; i++) casesOfA.Add(await AddCaseAsync(PersonA, $"Fråga {i} om person A", i));
        var caseOfB = await AddCaseAsync(PersonB, "Fråga om person B", 1);
        await RegisterConsentAsync(PersonA, "Handlingsplan och aktivitetsrapporter");
        await RegisterConsentAsync(PersonA, "Läkarintyg");
        await RegisterConsentAsync(PersonB, "Allt om person B");
        await WriteAsync(Officer, casesOfA[0], "Meddelande från handläggaren om person A");
        await WriteAsync(Contact, casesOfA[0], "Enhetens svar om person A");
        await WriteAsync(Officer, caseOfB, "Meddelande om person B");
        for (var i = 1; i <= 5; i++) await ReadAsync(casesOfA[(i - 1) % 3], $"Läsning {i} inför möte");
        await ReadAsync(caseOfB, "Läsning av B");
        var readerName = await _database.ScalarAsync<string>("""SELECT "Name" FROM users WHERE "Id" = 'kp-01'""");

        RegisterExtract extract;
        await using (var scope = _services.CreateAsyncScope())
        {
            var (error, made) = await scope.ServiceProvider.GetRequiredService<RegisterExtractQuery>().CreateAsync(Admin, PersonAShort, " RU-2026-17 ", CancellationToken.None);
            Assert.Null(error);
            extract = made!;
        }

        // The object: all of A's, nothing of B's.
        Assert.Equal("RU-2026-17", extract.RequestReference);
        Assert.Equal(PersonA, extract.PersonalIdentityNumber);
        Assert.Equal(casesOfA.Order(), extract.Cases.Select(c => c.CaseId).Order());
        Assert.All(extract.Cases, c => Assert.Equal(4, c.History.Count));
        Assert.All(extract.Cases, c => Assert.Single(c.Attachments));
        Assert.Equal(["Meddelande från handläggaren om person A", "Enhetens svar om person A"],
            extract.Cases.Single(c => c.CaseId == casesOfA[0]).Messages.Select(m => m.Text));
        Assert.Equal(["Officer", "ContactPerson"], extract.Cases.Single(c => c.CaseId == casesOfA[0]).Messages.Select(m => m.AuthorRole));
        Assert.All(extract.Cases.Where(c => c.CaseId != casesOfA[0]), c => Assert.Empty(c.Messages));
        Assert.Equal(["Handlingsplan och aktivitetsrapporter", "Läkarintyg"], extract.Consents.Select(c => c.InformationScope!).ToArray());
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Läsning {i} inför möte"), extract.Reads.Select(r => r.Why));
        Assert.All(extract.Reads, r => Assert.Equal(readerName, r.Who));

        // The JSON copy says the same and nothing of B.
        var json = Encoding.UTF8.GetString(RegisterExtractJson.Serialize(extract));
        foreach (var id in casesOfA) Assert.Contains(id.ToString(), json);
        Assert.Contains("Fråga 2 om person A", json);
        Assert.Contains("intyg-1.pdf", json);
        AssertNothingOfB(json, caseOfB);

        // The PDF opens and its text has every case, decision, attachment name, consent and read; nothing of B.
        var text = await PdfTextAsync(RegisterExtractPdf.Render(extract, Labels()));
        Assert.Contains("Registerutdrag", text);
        Assert.Contains("RU-2026-17", text);
        Assert.Contains(PersonA, text);
        foreach (var id in casesOfA) Assert.Contains($"Ärende {id}", text);
        for (var i = 1; i <= 3; i++)
        {
            Assert.Contains($"Fråga {i} om person A", text);
            Assert.Contains($"intyg-{i}.pdf", text);
            Assert.Contains($"Svar {i} till person A", text);
        }
        Assert.Contains("Handlingsplan och aktivitetsrapporter", text);
        Assert.Contains("Läkarintyg", text);
        Assert.Contains("Meddelande från handläggaren om person A", text);
        Assert.Contains("Enhetens svar om person A", text);
        for (var i = 1; i <= 5; i++) Assert.Contains($"Läsning {i} inför möte", text);
        Assert.Contains(readerName, text);
        AssertNothingOfB(text, caseOfB);

        // The extract itself is audit-logged: the request once, and a read of each of A's cases, with the reference.
        Assert.Equal(1, await _database.ScalarAsync<int>(
            """SELECT count(*) FROM audit_log WHERE "Action" = 'RegisterExtractRequest' AND "ActorId" = 'admin-1' AND "Reason" LIKE '%RU-2026-17%'"""));
        var logged = await _database.RowsAsync("""SELECT "CaseId" FROM audit_log WHERE "Action" = 'RegisterExtract' AND "ActorId" = 'admin-1'""");
        Assert.Equal(casesOfA.Order(), logged.Select(r => (Guid)r[0]!).Order());
        // No personnummer in the audit log.
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM audit_log WHERE "Reason" LIKE '%1474%' OR "Reason" LIKE '%9999%'"""));
    }

    [Fact]
    public async Task A_bad_number_or_a_missing_reference_is_refused_by_field_and_nothing_is_logged()
    {
        await using var scope = _services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<RegisterExtractQuery>();
        var (error, extract) = await query.CreateAsync(Admin, "190905271475", "", CancellationToken.None);
        Assert.Null(extract);
        var invalid = Assert.IsType<CommandResult.Invalid>(error);
        Assert.Equal(["personalIdentityNumber", "requestReference"], invalid.Errors.Select(e => e.Field).ToArray());
        Assert.IsType<CommandResult.Forbidden>((await query.CreateAsync(Contact, PersonA, "RU-1", CancellationToken.None)).Error);
        Assert.Equal(0, await _database.ScalarAsync<int>("""SELECT count(*) FROM audit_log WHERE "Action" LIKE 'RegisterExtract%'"""));
    }

    private static void AssertNothingOfB(string text, Guid caseOfB)
    {
        Assert.DoesNotContain(caseOfB.ToString(), text);
        Assert.DoesNotContain("person B", text);
        Assert.DoesNotContain(PersonB, text);
        Assert.DoesNotContain("Läsning av B", text);
    }

    private async Task<Guid> AddCaseAsync(string person, string question, int n)
    {
        await using var scope = _services.CreateAsyncScope();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var at = Now.AddDays(-40 + n);
        var details = new ProtectedCaseContent(person, new GeneralQuestionDetails(GeneralQuestionTopic.Cooperation, question)).Seal(protector);
        var record = CaseRecord.Submit(Guid.NewGuid(), CaseType.GeneralQuestion, "jobbtorg-city", "kp-01", null, protector.KeyedHash(person), details, at);
        record.AssignTo("af-anna", "test");
        record.Apply(CaseAction.Route, "workflow", at);
        record.Apply(CaseAction.Claim, "af-anna", at.AddHours(1));
        record.Apply(CaseAction.Decide, "af-anna", at.AddHours(2), protector.Protect($"Beslutsanteckning {n}"));
        record.RecordDecision(CaseOutcomes.Answered, protector.Protect(System.Text.Json.JsonSerializer.Serialize<DecisionDetails>(
            new AnsweredDecision(person == PersonA ? $"Svar {n} till person A" : "Svar till person B"), ProtectedCaseContent.Json)));
        db.Cases.Add(record);
        var file = new Attachment
        {
            Id = Guid.NewGuid(), UploadedBy = "kp-01", UnitId = "jobbtorg-city", FileType = "Pdf", Length = 1234,
            ProtectedName = protector.Protect(person == PersonA ? $"intyg-{n}.pdf" : "person B intyg.pdf"), ProtectedContent = protector.ProtectBytes([1, 2, 3]), UploadedAt = at,
        };
        file.AttachTo(record.Id);
        db.Attachments.Add(file);
        await db.SaveChangesAsync();
        return record.Id;
    }

    private async Task RegisterConsentAsync(string person, string scope)
    {
        await using var s = _services.CreateAsyncScope();
        var (result, _) = await s.ServiceProvider.GetRequiredService<ConsentCommands>().RegisterAsync(Contact,
            new RegisterConsentInput(person, ["GeneralQuestion"], scope, DateOnly.FromDateTime(Now).AddDays(-60), "Written", DateOnly.FromDateTime(Now).AddDays(300)),
            CancellationToken.None);
        Assert.IsType<CommandResult.Ok>(result);
    }

    private async Task WriteAsync(HubUser author, Guid caseId, string text)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CaseConversation>().PostAsync(author, caseId, text, (Guid?)null, CancellationToken.None);
        Assert.IsType<CommandResult.Ok>(result);
    }

    private async Task ReadAsync(Guid caseId, string reason)
    {
        await using var scope = _services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CaseQueries>().GetAsync(Contact, caseId, reason, CancellationToken.None));
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var file = Path.Combine(Path.GetTempPath(), $"khub-extract-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally { File.Delete(file); }
    }

    /// <summary>The words a Swedish reader sees (the web layer gives them from its text catalogue).</summary>
    private static ExtractLabels Labels() => new(
        "Registerutdrag", "Det här är vad KommunHubben har om dig.", "Ärendenummer för begäran", "Skapat", "Skapat av", "Personnummer",
        "Ärenden", "Inga ärenden", "Ärende", "Typ", "Status", "Enhet", "Inskickat", "Senast ändrat", "Utfall", "Avslutsorsak",
        "Uppgifter", "Gallrade", "Beslut", "Historik", "Bifogade filer", "Meddelanden", "Inga", "Samtycken", "Inga samtycken", "Samtycke",
        "Lämnat", "Hur", "Gäller till", "Registrerat av", "Återkallat", "Omfattning", "Läsningar", "Inga läsningar",
        code => code, at => at.ToString("yyyy-MM-dd HH:mm"),
        record => record is null ? [] : record.GetType().GetProperties().Where(p => p.Name != "EqualityContract")
            .Select(p => (p.Name, p.GetValue(record)?.ToString() ?? "")).ToList());
}
