using System.Text;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Privacy;

/// <summary>
/// Personal data at rest: after cases of every kind, with names in free text, an evidence file, a consent, a supplement
/// and a decision, no table of the database holds the personnummer or the name in clear text — neither as text nor
/// as raw bytes.
/// </summary>
public sealed class PersonalDataAtRestTests : RunningHubTest
{
    private const string Pnr = "19570428-9999";
    private const string Name = "Zlatan Testsson";
    [Fact]
    public async Task No_table_holds_a_personnummer_or_a_name_in_clear_text()
    {
        using var contact = Hub.As("kp-31");
        await contact.RegisterConsentAsync(Pnr, "IndividualPlanning", "DisabilityCoding");
        var planning = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = Pnr,
            individualPlanning = new { kind = "DailyNotes", purpose = $"Daganteckningar för {Name}" },
        });
        var file = await contact.UploadAsync($"{Name} läkarintyg.pdf", Encoding.ASCII.GetBytes($"%PDF-1.7\n% {Name}\n%%EOF\n"));
        await contact.SubmitAsync(new
        {
            caseType = "DisabilityCoding", personalIdentityNumber = Pnr,
            disabilityCoding = new
            {
                categories = new[] { "Hearing" },
                effectOnWork = $"{Name} behöver hörselslinga i möten.",
                evidence = new[] { new { type = "MedicalCertificate", author = "Dr Eva Läkare", titleOrAgency = "Hörselvården", date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), attachmentId = file } },
            },
        });
        var routed = await contact.WaitForStatusAsync(planning, "Routed");
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await officer.ActAsync(planning, "claim", new { });
        await officer.ActAsync(planning, "supplement-request", new { question = $"Gäller det {Name}?" });
        await contact.ActAsync(planning, "supplement", new { answer = $"Ja, {Name}." });
        await officer.ActAsync(planning, "decision", new { outcome = "InformationSent", explanation = $"Anteckningar om {Name} skickade." });

        var needles = new[] { "195704289999", "5704289999", "570428-9999", Name, Hex(Name), Hex("5704289999"), Hex("Eva Läkare") };
        var tables = await Hub.Database.RowsAsync("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
        Assert.Contains(tables, t => (string)t[0]! == "cases");
        foreach (var table in tables.Select(t => (string)t[0]!))
        {
            var rows = await Hub.Database.RowsAsync($"SELECT t::text FROM \"{table}\" t");
            var dump = string.Join('\n', rows.Select(r => (string)r[0]!));
            foreach (var needle in needles)
                Assert.False(dump.Contains(needle, StringComparison.OrdinalIgnoreCase), $"Table {table} holds '{needle}' in clear.");
        }
        // The content is there, only encrypted: the contact person reads it back.
        Assert.Contains(Name, (await contact.GetCaseAsync(planning))["details"]!["purpose"]!.GetValue<string>());
    }

    /// <summary>How PostgreSQL shows the UTF-8 bytes of a text inside a bytea column (lower-case hex).</summary>
    private static string Hex(string text) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));
}
