using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>Issue 15, the contact person: "Väntar på dig" with the officer's question on top, unread notices that name
/// their case, and "Är du säker?" before a case is withdrawn.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactPersonTests(BrowserHub hub)
{
    [Fact]
    public async Task A_question_from_the_officer_waits_for_the_contact_person_on_the_start_page_and_in_a_notice_naming_the_case()
    {
        var (id, reference) = await CaseSteps.RoutedQuestionAsync(hub, "kp-29", "Efforts");
        using (var officer = hub.Hub.As("af-david"))
        {
            await officer.ActAsync(id, "claim", new { });
            await officer.ActAsync(id, "supplement-request", new { question = "Vilka insatser har personen redan haft?" });
        }
        var contact = await hub.SignedInAsync("kp-29");
        var waiting = contact.Locator("#waiting-for-you");
        for (var attempt = 0; attempt < 40 && !(await waiting.InnerTextAsync()).Contains(reference); attempt++)
        {
            await Task.Delay(500);
            await contact.ReloadAsync();
        }
        await Expect(waiting).ToContainTextAsync("Väntar på dig");
        await Expect(waiting).ToContainTextAsync($"{reference} Samverkansfråga: Insatser");
        // The notice is written by the worker a moment after the request.
        for (var attempt = 0; attempt < 40 && await contact.Locator("#unread-count").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await contact.ReloadAsync();
        }
        await Expect(contact.Locator("#unread-count")).ToContainTextAsync("1 oläst");
        await CaseSteps.StepAsync(contact, "contact-01-waiting-for-you");
        await CaseSteps.AssertFitsAsync(hub, "kp-29", "/Contact", "contact-start");

        await contact.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Notiser" }).ClickAsync();
        var notice = contact.Locator(".notification-list li", new() { HasText = reference });
        await Expect(notice.First).ToContainTextAsync("Handläggaren begär komplettering");
        await Expect(notice.First).ToContainTextAsync($"{reference} – Samverkansfråga: Insatser");
        await CaseSteps.StepAsync(contact, "contact-02-notices-name-the-case");
        await notice.First.GetByRole(AriaRole.Link).ClickAsync();

        // The case page opens with the officer's question and the answer form on top.
        await Expect(contact.Locator("#case-reference")).ToHaveTextAsync(reference);
        await Expect(contact.Locator("#officer-question")).ToHaveTextAsync("Vilka insatser har personen redan haft?");
        var questionTop = await contact.Locator("#officer-question").BoundingBoxAsync();
        var historyTop = await contact.Locator("#history-heading").BoundingBoxAsync();
        Assert.True(questionTop!.Y < historyTop!.Y, "The question should come before the history.");
        await CaseSteps.StepAsync(contact, "contact-03-case-question-on-top");
    }

    [Fact]
    public async Task Withdrawing_a_case_asks_for_confirmation_first()
    {
        var (id, reference) = await CaseSteps.RoutedQuestionAsync(hub, "kp-30", "Other");
        var contact = await hub.SignedInAsync("kp-30");
        await contact.GotoAsync($"/Contact/Case/{id}");
        await contact.GetByRole(AriaRole.Link, new() { Name = "Dra tillbaka ärendet" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Heading, new() { Name = "Är du säker?" })).ToBeVisibleAsync();
        await Expect(contact.Locator("main")).ToContainTextAsync(reference);
        await Expect(contact.Locator("main")).ToContainTextAsync("Det går inte att ångra");
        await CaseSteps.StepAsync(contact, "contact-04-withdraw-are-you-sure");
        using (var api = hub.Hub.As("kp-30")) Assert.Equal("Routed", (await api.GetCaseAsync(id))["status"]!.GetValue<string>());

        await contact.GetByRole(AriaRole.Button, new() { Name = "Ja, dra tillbaka ärendet" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Ärendet är tillbakadraget.");
        await Expect(contact.Locator("#case-status")).ToHaveTextAsync("Återkallat");
    }
}
