using System.Text.RegularExpressions;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>Issue 15: an evidence PDF goes in through the disability-coding form and comes out of the officer's case
/// page byte for byte, logged; and an officer finds the case by the person's personnummer without it entering a URL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceFileTests(BrowserHub hub)
{
    private const string Person = "197203154542";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task An_evidence_pdf_uploaded_with_the_form_is_downloaded_by_the_officer_with_the_same_bytes_and_logged()
    {
        using (var api = hub.Hub.As("kp-34")) await api.RegisterConsentAsync(Person, "DisabilityCoding");
        var contact = await hub.SignedInAsync("kp-34");
        await contact.GotoAsync("/Contact/NewCase/DisabilityCoding");
        await contact.GetByLabel("Personnummer").FillAsync(Person);
        await contact.GetByLabel("Kognitiv").CheckAsync();
        await contact.GetByLabel("Hur påverkas arbetsförmågan").FillAsync("Behöver tydliga instruktioner och korta pass.");
        var row = contact.GetByRole(AriaRole.Group, new() { Name = "Underlag 1" });
        await row.GetByLabel("Typ").SelectOptionAsync("MedicalCertificate");
        await row.GetByLabel("Utfärdare").FillAsync("Dr Nilsson");
        await row.GetByLabel("Titel eller myndighet").FillAsync("Vårdcentralen Söder");
        await row.GetByLabel("Datum").FillAsync(DateTime.Today.AddDays(-10).ToString("yyyy-MM-dd"));
        await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "intyg-nilsson.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await contact.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Ärendet är skickat");
        // Submitting lands on the receipt; the case page is one link away.
        var caseId = Guid.Parse(Regex.Match(contact.Url, "/Contact/(?:Case|Receipt)/([0-9a-f-]{36})").Groups[1].Value);
        await contact.GotoAsync($"/Contact/Case/{caseId}");
        await Expect(contact.Locator(".file-list")).ToContainTextAsync("intyg-nilsson.pdf");
        await CaseSteps.StepAsync(contact, "evidence-01-contact-case-with-file");

        using var api2 = hub.Hub.As("kp-34");
        var routed = await api2.WaitForStatusAsync(caseId, "Routed", TimeSpan.FromSeconds(60));
        var officerId = routed["assignedOfficerId"]!.GetValue<string>();
        var reference = routed["reference"]!.GetValue<string>();
        Assert.Single(routed["attachments"]!.AsArray());

        var officer = await hub.SignedInAsync(officerId);
        await officer.GotoAsync($"/Officer/Case/{caseId}");
        await Expect(officer.Locator("#case-reference")).ToHaveTextAsync(reference);
        await Expect(officer.Locator("#case-summary")).ToContainTextAsync("Kognitiv");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ta ärendet" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Du har tagit ärendet.");
        // The holder sees the details and the file's name at once, without typing a reason.
        await Expect(officer.Locator("main")).ToContainTextAsync(Person);
        var link = officer.Locator(".file-list a", new() { HasText = "intyg-nilsson.pdf" });
        await Expect(officer.Locator(".file-list")).ToContainTextAsync("Pdf");
        await CaseSteps.StepAsync(officer, "evidence-02-officer-case-with-file");
        var download = await officer.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"khub-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(saved));
        File.Delete(saved);

        using var admin = hub.Hub.As("admin-1");
        var (_, audit) = await admin.GetAsync($"/api/v1/audit?caseId={caseId}&actor={officerId}&action=ReadAttachment");
        Assert.Single(audit!["items"]!.AsArray());
        var (_, reads) = await admin.GetAsync($"/api/v1/audit?caseId={caseId}&actor={officerId}&action=ReadPersonalDetails");
        Assert.Contains(reads!["items"]!.AsArray(), r => r!["reason"]!.GetValue<string>() == "handläggning av tilldelat ärende");

        // The officer finds the case by the personnummer: posted, audited with the reason, never in the URL.
        await officer.GotoAsync("/Officer");
        await officer.Locator("summary", new() { HasText = "Sök ärende" }).ClickAsync();
        await officer.GetByLabel("Ärendenummer eller personnummer").FillAsync(Person);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("måste fyllas i när du söker på personnummer");
        await officer.GetByLabel("Skäl för sökning på personnummer").FillAsync("samtal från arbetsgivaren");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await Expect(officer.Locator("#search-results")).ToContainTextAsync(reference);
        Assert.DoesNotContain(Person, officer.Url);
        Assert.DoesNotContain(Person[2..], officer.Url);
        await CaseSteps.StepAsync(officer, "evidence-03-officer-search-by-personnummer");
        var (_, searches) = await admin.GetAsync($"/api/v1/audit?caseId={caseId}&actor={officerId}&action=SearchByPersonalIdentityNumber");
        Assert.Equal("samtal från arbetsgivaren", Assert.Single(searches!["items"]!.AsArray())!["reason"]!.GetValue<string>());
    }
}
