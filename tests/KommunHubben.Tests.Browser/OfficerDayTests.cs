using System.Net;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>Issue 15, the officer's day: counts and new-markers, bulk claim from the shared queue, sorting by a column
/// header, search by reference, and a closure that needs its reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficerDayTests(BrowserHub hub)
{
    [Fact]
    public async Task A_case_claimed_after_the_officer_marked_everything_seen_is_counted_and_marked_new()
    {
        var officer = await hub.SignedInAsync("af-cecilia");
        await officer.GotoAsync("/Officer");
        if (await officer.GetByRole(AriaRole.Button, new() { Name = "Markera allt som sett" }).CountAsync() > 0)
            await officer.GetByRole(AriaRole.Button, new() { Name = "Markera allt som sett" }).ClickAsync();
        await Expect(officer.Locator("#count-new .count")).ToHaveTextAsync("0");
        var mine = int.Parse(await officer.Locator("#count-mine .count").InnerTextAsync());

        var (id, reference) = await CaseSteps.RoutedQuestionAsync(hub, "kp-35");
        using (var cecilia = hub.Hub.As("af-cecilia")) await cecilia.ActAsync(id, "claim", new { });
        await officer.ReloadAsync();
        await Expect(officer.Locator("#count-new .count")).ToHaveTextAsync("1");
        await Expect(officer.Locator("#count-mine .count")).ToHaveTextAsync((mine + 1).ToString());
        var row = officer.Locator("#my-queue ~ form tr", new() { HasText = reference });
        await Expect(row).ToHaveClassAsync("is-new");
        await Expect(row).ToContainTextAsync("Ny (ny eller ändrad sedan du senast tittade)");
        await Expect(row).ToContainTextAsync("Samverkansfråga: Rutiner");
        await CaseSteps.StepAsync(officer, "officer-day-01-new-case-marked");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Nya eller ändrade sedan du senast tittade" }).ClickAsync();
        await Expect(officer.Locator("#my-queue ~ form tbody tr")).ToHaveCountAsync(1);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Markera allt som sett" }).ClickAsync();
        await Expect(officer.Locator("#count-new .count")).ToHaveTextAsync("0");
        await Expect(officer.Locator("tr.is-new")).ToHaveCountAsync(0);
        await CaseSteps.AssertFitsAsync(hub, "af-cecilia", "/Officer", "officer-day-queue");
    }

    [Fact]
    public async Task Selected_cases_of_the_shared_queue_are_claimed_in_one_go_and_one_taken_meanwhile_is_named()
    {
        var cases = new[] { await CaseSteps.RoutedQuestionAsync(hub, "kp-36", "Efforts"), await CaseSteps.RoutedQuestionAsync(hub, "kp-36", "Registration") };
        // Anna claims both and releases them to the shared AF queue, where David sees them with the reason.
        using var anna = hub.Hub.As("af-anna");
        foreach (var (id, _) in cases)
        {
            await anna.ActAsync(id, "claim", new { });
            await anna.ActAsync(id, "release", new { explanation = "Jag är på utbildning i morgon." });
        }
        var david = await hub.SignedInAsync("af-david");
        await david.GotoAsync("/Officer?sort=submitted");
        foreach (var (_, reference) in cases)
        {
            var row = david.Locator("#shared-queue ~ form tr", new() { HasText = reference });
            await Expect(row).ToContainTextAsync("Släppt till AF-kön av Anna Berg");
            await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        }
        await CaseSteps.StepAsync(david, "officer-day-02-bulk-claim-selected");
        // Meanwhile Anna takes the second one back.
        await anna.ActAsync(cases[1].Id, "claim", new { });
        await david.GetByRole(AriaRole.Button, new() { Name = "Klarera valda ärenden" }).ClickAsync();
        await Expect(david.GetByRole(AriaRole.Status)).ToContainTextAsync("1 av 2 ärenden: klarerade.");
        await Expect(david.GetByRole(AriaRole.Status)).ToContainTextAsync($"{cases[1].Reference}: någon annan hann före");
        await Expect(david.Locator("#my-queue ~ form")).ToContainTextAsync(cases[0].Reference);
        await CaseSteps.StepAsync(david, "officer-day-03-bulk-claim-result");
    }

    [Fact]
    public async Task Clicking_a_column_header_sorts_the_queue_and_says_so_to_screen_readers()
    {
        using (var bilal = hub.Hub.As("af-bilal"))
            foreach (var topic in new[] { "Cooperation", "Other" })
                await bilal.ActAsync((await CaseSteps.RoutedQuestionAsync(hub, "kp-35", topic)).Id, "claim", new { });
        var officer = await hub.SignedInAsync("af-bilal");
        await officer.GotoAsync("/Officer");
        var table = officer.Locator("#my-queue ~ form table");
        await table.GetByRole(AriaRole.Link, new() { Name = "Ärende" }).ClickAsync();
        await Expect(table.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Ärende");
        Assert.Contains("sort=submitted", officer.Url);
        await officer.Locator("#my-queue ~ form table").GetByRole(AriaRole.Link, new() { Name = "Ärende" }).ClickAsync();
        await Expect(officer.Locator("#my-queue ~ form th[aria-sort='descending']")).ToContainTextAsync("Ärende");
        var references = await officer.Locator("#my-queue ~ form tbody .case-ref").AllInnerTextsAsync();
        Assert.Equal(references.OrderByDescending(r => r, StringComparer.Ordinal).ToList(), references.ToList());
        await officer.Locator("#my-queue ~ form table").GetByRole(AriaRole.Link, new() { Name = "Nästa tidsgräns" }).ClickAsync();
        await Expect(officer.Locator("#my-queue ~ form th[aria-sort='ascending']")).ToContainTextAsync("Nästa tidsgräns");
        await CaseSteps.StepAsync(officer, "officer-day-04-sorted-by-due");
    }

    [Fact]
    public async Task An_officer_finds_a_case_by_reference_and_cannot_close_it_without_a_reason()
    {
        var (id, reference) = await CaseSteps.RoutedQuestionAsync(hub, "kp-35", "SupportRequest");
        using (var api = hub.Hub.As("af-bilal"))
        {
            await api.ActAsync(id, "claim", new { });
            await api.ActAsync(id, "decision", new { outcome = "Answered", explanation = "Se rutinen för SIUS på intranätet." });
            var (status, problem) = await api.PostAsync($"/api/v1/cases/{id}/close", new { });
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.NotNull(problem!["errors"]!["closureReason"]);
        }
        var officer = await hub.SignedInAsync("af-bilal");
        await officer.Locator("summary", new() { HasText = "Sök ärende" }).ClickAsync();
        await officer.GetByLabel("Ärendenummer eller personnummer").FillAsync(reference.ToLowerInvariant());
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await officer.Locator("#search-results").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(officer.Locator("#case-reference")).ToHaveTextAsync(reference);

        await officer.Locator("summary", new() { HasText = "Avsluta ärendet" }).ClickAsync();
        await officer.Locator("details[open] button[type=submit]").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("Avslutsorsak");
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("Beslutat");
        // Only the posted action is open again, with its error.
        await Expect(officer.Locator("details[open]")).ToHaveCountAsync(1);
        await CaseSteps.StepAsync(officer, "officer-day-05-closure-reason-required");
        await officer.GetByLabel("Avslutsorsak").SelectOptionAsync("Work");
        await officer.Locator("details[open] button[type=submit]").ClickAsync();
        await Expect(officer.Locator("#case-status")).ToHaveTextAsync("Avslutat");
        await CaseSteps.AssertFitsAsync(hub, "af-bilal", $"/Officer/Case/{id}", "officer-day-case-page");
    }
}
