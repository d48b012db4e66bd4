using System.Net;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>Who may see what in the workspaces, forms that must be refused, and the language switch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceAccessTests(BrowserHub hub)
{
    [Fact]
    public async Task A_contact_person_opening_another_units_case_gets_the_not_found_page()
    {
        using var owner = hub.Hub.As("kp-10");
        var caseId = await owner.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines", question = "Hur bokar vi trepartsmöten?" } });
        var ownPage = await hub.SignedInAsync("kp-11"); // same unit as kp-10
        var own = await ownPage.GotoAsync($"/Contact/Case/{caseId}");
        Assert.Equal(200, own!.Status);

        var other = await hub.SignedInAsync("kp-13"); // another unit
        var response = await other.GotoAsync($"/Contact/Case/{caseId}");

        Assert.Equal(404, response!.Status);
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan finns inte");
        await Expect(other.Locator("main")).Not.ToContainTextAsync("trepartsmöten");
        await BrowserHub.ScreenshotAsync(other, "access-other-unit-case-404");
        await BrowserHub.AssertAccessibleAsync(other);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        using var http = new HttpClient { BaseAddress = hub.Address };
        using var response = await http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserId"] = "admin-1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("khub.signin="));
        Assert.Contains("Begäran kunde inte tas emot", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_officer_submitting_a_form_for_a_case_that_changed_since_the_page_loaded_gets_a_conflict_and_nothing_is_overwritten()
    {
        using var contact = hub.Hub.As("kp-16");
        var caseId = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Efforts", question = "Vilka insatser finns för unga vuxna?" } });
        using var bilal = hub.Hub.As("af-bilal");
        await WaitUntilRoutedAsync(bilal, caseId);
        Assert.Equal(HttpStatusCode.OK, (await bilal.PostAsync($"/api/v1/cases/{caseId}/claim", new { })).Status);

        var page = await hub.SignedInAsync("af-bilal");
        await page.GotoAsync($"/Officer/Case/{caseId}");
        // Meanwhile the case changes (the same officer in another window asks for a supplement).
        Assert.Equal(HttpStatusCode.OK, (await bilal.PostAsync($"/api/v1/cases/{caseId}/supplement-request", new { question = "Vilken ålder?" })).Status);

        await page.Locator("summary", new() { HasText = "Fatta beslut" }).ClickAsync();
        await page.GetByLabel("Besvarad").CheckAsync();
        await page.GetByLabel("Motivering", new() { Exact = true }).FillAsync("Se kommunens webbplats.");
        await page.Locator("details[open] button[type=submit]").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ingenting sparades");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("Väntar på komplettering");
        await BrowserHub.ScreenshotAsync(page, "officer-stale-form-conflict");
        await BrowserHub.AssertAccessibleAsync(page);
        var status = (await bilal.GetCaseAsync(caseId))["status"]!.GetValue<string>();
        Assert.Equal("AwaitingSupplement", status);
    }

    [Fact]
    public async Task The_language_switch_turns_the_workspace_english_and_back()
    {
        var page = await hub.SignedInAsync("kp-19");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My unit's cases");
        await BrowserHub.ScreenshotAsync(page, "language-english");
        await BrowserHub.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Min enhets ärenden");
    }

    internal static async Task WaitUntilRoutedAsync(KommunHubben.Tests.Integration.Infrastructure.HubClient officer, Guid caseId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await officer.GetCaseAsync(caseId))["status"]!.GetValue<string>() == "Routed") return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The case was not routed within 20 s.");
    }
}
