using System.Text.RegularExpressions;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// Issue 5, acceptance 1: the whole wage-subsidy round trip through the web workspaces in a real browser, against a
/// real hub. Every step is photographed to artifacts/screenshots/ and checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WageSubsidyJourneyTests(BrowserHub hub)
{
    private const string Person = "194608239986";

    [Fact]
    public async Task A_contact_person_and_an_officer_carry_a_wage_subsidy_case_from_consent_to_decision()
    {
        var contact = await hub.SignedInAsync("kp-07");
        await BrowserHub.AssertAccessibleAsync(contact);

        // 1. Consent for wage subsidy.
        await contact.GetByRole(AriaRole.Link, new() { Name = "Samtycken" }).ClickAsync();
        await contact.GetByLabel("Personnummer").First.FillAsync(Person);
        await contact.GetByLabel("Lönebidrag").CheckAsync();
        await contact.GetByLabel("Skriftligt").CheckAsync();
        await contact.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToHaveTextAsync("Samtycket är registrerat.");
        await Step(contact, "01-contact-consent-registered");

        // 2. The wage-subsidy application, every field of it.
        await contact.GotoAsync("/Contact/NewCase");
        await Step(contact, "02-contact-choose-case-type");
        await contact.GetByRole(AriaRole.Link, new() { Name = "Lönebidrag" }).ClickAsync();
        await contact.GetByLabel("Personnummer").FillAsync(Person);
        await contact.GetByLabel("Lönebidrag för anställning", new() { Exact = true }).CheckAsync();
        await contact.GetByLabel("Arbetsgivarens organisationsnummer").FillAsync("556036-0793");
        await contact.GetByLabel("Arbetsplats").FillAsync("Bageriet på Söder");
        await contact.GetByLabel("Yrke (SSYK-kod, fyra siffror)").FillAsync("9412");
        await contact.GetByLabel("Omfattning (procent av heltid)").FillAsync("75");
        await contact.GetByLabel("Bruttolön per månad (kr)").FillAsync("24000");
        await contact.GetByLabel("Startdatum").FillAsync(DateTime.Today.AddDays(40).ToString("yyyy-MM-dd"));
        await contact.GetByLabel("Antal månader som söks").FillAsync("12");
        await contact.GetByLabel("Referens till kodad funktionsnedsättning").FillAsync("AF-FK-2025-0311");
        await contact.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await contact.GetByLabel("Plan för anpassning och stöd").FillAsync("Handledare på plats, anpassade arbetstider första månaden.");
        await Step(contact, "03-contact-wage-subsidy-form-filled");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Ärendet är skickat");
        // Submitting lands on the receipt (reference number, time, what happens next).
        var caseId = Regex.Match(contact.Url, "/Contact/Receipt/([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(caseId);
        await Step(contact, "04-contact-case-submitted");

        // 3. The officer finds it in their queue once the worker has routed it, and claims it.
        // It is routed to one of the two officers who handle wage subsidies; that officer finds it in their own queue.
        using var api = hub.Hub.As("kp-07");
        var officerId = (await api.WaitForStatusAsync(Guid.Parse(caseId), "Routed", TimeSpan.FromSeconds(60)))["assignedOfficerId"]!.GetValue<string>();
        var officer = await hub.SignedInAsync(officerId);
        var caseLink = officer.Locator($"a[href='/Officer/Case/{caseId}']");
        for (var attempt = 0; attempt < 60 && await caseLink.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await officer.ReloadAsync();
        }
        await Step(officer, "05-officer-queue");
        await caseLink.First.ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Personuppgifterna är dolda" })).ToBeVisibleAsync();
        await Expect(officer.Locator("main")).Not.ToContainTextAsync(Person);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ta ärendet" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Du har tagit ärendet.");
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("Handläggs");
        await Step(officer, "06-officer-claimed");

        // 4. Holding the case, the officer sees its details without typing a reason (each view audit-logged, checked
        // below); then a supplement request, one action opened at a time.
        await Expect(officer.Locator("main")).ToContainTextAsync(Person);
        await Expect(officer.Locator("main")).ToContainTextAsync("Bageriet på Söder");
        await Step(officer, "07-officer-details-shown");
        await officer.Locator("summary", new() { HasText = "Begär komplettering" }).ClickAsync();
        await officer.GetByLabel("Fråga till kontaktpersonen").FillAsync("Finns ett intyg från arbetsgivaren om handledning?");
        await officer.Locator("details[open] button[type=submit]").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("Kompletteringsbegäran är skickad");
        await Step(officer, "08-officer-supplement-requested");

        // 5. The contact person answers.
        await contact.GotoAsync($"/Contact/Case/{caseId}");
        await Expect(contact.Locator("#case-status")).ToHaveTextAsync("Väntar på komplettering");
        await Expect(contact.Locator("main")).ToContainTextAsync("Finns ett intyg från arbetsgivaren om handledning?");
        await contact.GetByLabel("Ditt svar").FillAsync("Ja, intyget är skickat med internpost i dag.");
        await Step(contact, "09-contact-answering-supplement");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt svar är skickat");
        await Step(contact, "10-contact-supplement-answered");

        // 6. The officer decides: granted, 6 months at 50 %.
        await officer.ReloadAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("Handläggs");
        await officer.Locator("summary", new() { HasText = "Fatta beslut" }).ClickAsync();
        await officer.GetByLabel("Beviljat", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Motivering", new() { Exact = true }).FillAsync("Villkoren är uppfyllda; handledning är ordnad.");
        await officer.GetByLabel("Beviljade månader (vid beviljat)").FillAsync("6");
        await officer.GetByLabel("Bidrag i procent (vid beviljat)").FillAsync("50");
        await Step(officer, "11-officer-deciding");
        await officer.Locator("details[open] button[type=submit]").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("Beslutet är registrerat");
        await Expect(officer.Locator("#case-outcome")).ToHaveTextAsync("Beviljat");
        await Step(officer, "12-officer-decided");

        // 7. The contact person sees the decision with the hub's computed amounts.
        await contact.GotoAsync("/Contact");
        await Expect(contact.Locator($"a[href='/Contact/Case/{caseId}']")).ToBeVisibleAsync();
        await Expect(contact.Locator("tbody")).ToContainTextAsync("Beviljat");
        await Step(contact, "13-contact-case-list-decided");
        await contact.GotoAsync($"/Contact/Case/{caseId}");
        await Expect(contact.Locator("#case-status")).ToHaveTextAsync("Beslutat");
        await Expect(contact.Locator("dl.decision")).ToContainTextAsync("Bidrag per månad (kr)");
        await Expect(contact.Locator("dl.decision")).ToContainTextAsync("Villkoren är uppfyllda");
        await Step(contact, "14-contact-sees-decision");

        // Every view of the holder is in the audit log with the holder's reason (read through the administrators' audit API).
        using var admin = hub.Hub.As("admin-1");
        var (_, audit) = await admin.GetAsync($"/api/v1/audit?caseId={caseId}&actor={officerId}&action=ReadPersonalDetails");
        var reads = audit!["items"]!.AsArray();
        Assert.NotEmpty(reads);
        Assert.All(reads, r => Assert.Equal("handläggning av tilldelat ärende", r!["reason"]!.GetValue<string>()));
    }

    private static async Task Step(IPage page, string name)
    {
        await BrowserHub.ScreenshotAsync(page, name);
        await BrowserHub.AssertAccessibleAsync(page);
    }
}
