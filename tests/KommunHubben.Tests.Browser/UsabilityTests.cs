using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>WCAG 2.1 AA in practice: keyboard only, 200 % zoom, and axe-core on every page of the workspaces.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UsabilityTests(BrowserHub hub)
{
    [Fact]
    public async Task A_contact_person_sends_a_general_question_with_the_keyboard_only()
    {
        var page = await hub.SignedInAsync("kp-22");
        await page.GotoAsync("/Contact/NewCase/GeneralQuestion");

        await TabToAsync(page, "f-generalquestion-topic");
        await page.Keyboard.TypeAsync("Rutiner");
        await TabToAsync(page, "f-generalquestion-question");
        await page.Keyboard.TypeAsync("Hur anmäler vi ett gemensamt planeringsmöte?");
        await TabToAsync(page, null, "Skicka ärendet");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ärendet är skickat");
        // The receipt first (reference number, time, what happens next), and from it the case.
        await Expect(page.Locator("#receipt-reference")).ToContainTextAsync("KH-");
        await Expect(page.Locator("#receipt-status")).ToContainTextAsync("Väntar på att en handläggare tar upp ärendet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Öppna ärende" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToContainTextAsync("Hur anmäler vi ett gemensamt planeringsmöte?");
        await BrowserHub.ScreenshotAsync(page, "keyboard-only-general-question-sent");
    }

    [Fact]
    public async Task At_200_percent_zoom_the_wage_subsidy_form_and_the_queue_fit_the_window_and_errors_link_to_their_fields()
    {
        // A 1280 px window at 200 % zoom lays out like a 640 CSS px window at device scale 2.
        var contact = await hub.SignedInAsync("kp-25", new ViewportSize { Width = 640, Height = 900 }, scale: 2);
        await contact.GotoAsync("/Contact/NewCase/WageSubsidy");
        await AssertNoHorizontalScrollAsync(contact);
        await contact.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();

        var summary = contact.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Arbetsgivarens organisationsnummer");
        await Expect(contact.Locator("#f-wagesubsidy-startdate-error")).ToContainTextAsync("måste fyllas i");
        await AssertNoHorizontalScrollAsync(contact);
        await BrowserHub.ScreenshotAsync(contact, "zoom-200-wage-subsidy-errors");
        await BrowserHub.AssertAccessibleAsync(contact);
        await summary.GetByRole(AriaRole.Link, new() { Name = "Arbetsplats: måste fyllas i" }).ClickAsync();
        await Expect(contact.Locator("#f-wagesubsidy-workplace")).ToBeFocusedAsync();

        var officer = await hub.SignedInAsync("af-cecilia", new ViewportSize { Width = 640, Height = 900 }, scale: 2);
        await AssertNoHorizontalScrollAsync(officer);
        await BrowserHub.ScreenshotAsync(officer, "zoom-200-officer-queue");
    }

    [Fact]
    public async Task Every_workspace_page_has_no_serious_or_critical_axe_violation()
    {
        var anonymous = await hub.NewPageAsync();
        await Check(anonymous, "/Account/SignIn", "page-sign-in");

        var contact = await hub.SignedInAsync("kp-28");
        using var api = hub.Hub.As("kp-28");
        var caseId = await api.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Cooperation", question = "Kan vi ses i januari?" } });
        await Check(contact, "/Contact", "page-contact-cases");
        await Check(contact, "/Contact/NewCase", "page-contact-new-case");
        foreach (var type in new[] { "GeneralQuestion", "IndividualPlanning", "DisabilityCoding", "WageSubsidy" })
            await Check(contact, $"/Contact/NewCase/{type}", $"page-contact-new-{type}");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Skicka ärendet" }).ClickAsync();
        await Check(contact, null, "page-contact-new-WageSubsidy-errors");
        await Check(contact, "/Contact/Consents", "page-contact-consents");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Sök samtycken" }).ClickAsync();
        await Check(contact, null, "page-contact-consents-lookup-error");
        await Check(contact, $"/Contact/Case/{caseId}", "page-contact-case");
        await Check(contact, $"/Contact/Receipt/{caseId}", "page-contact-receipt");
        await Check(contact, "/Settings", "page-settings");
        await contact.GetByLabel("E-postadress").FillAsync("inte en adress");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Spara inställningarna" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-postadress: måste vara en e-postadress");
        await Check(contact, null, "page-settings-errors");
        await contact.GetByLabel("E-postadress").FillAsync("kp-28@stockholm.se");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Spara inställningarna" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Dina inställningar för e-post är sparade.");
        await Check(contact, "/Notifications", "page-notifications");
        await Check(contact, "/Officer", "page-access-denied");
        await Check(contact, "/no-such-page", "page-not-found");

        var officer = await hub.SignedInAsync("af-david");
        await Check(officer, "/Officer?sort=due", "page-officer-queue");
        await Check(officer, "/Officer?sort=nonsense", "page-officer-queue-bad-filter");
        await Check(officer, $"/Officer/Case/{caseId}", "page-officer-case");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Check(officer, null, "page-officer-case-reason-missing");

        await Check(await hub.SignedInAsync("coord-1"), "/Coordinator", "page-coordinator");
        var admin = await hub.SignedInAsync("admin-1");
        await Check(admin, "/Admin", "page-admin");
        await Check(admin, "/Settings?user=af-david", "page-admin-user-settings");
        await Check(admin, "/Admin/DemoMail", "page-admin-demo-mail");
    }

    private static async Task Check(IPage page, string? path, string name)
    {
        if (path is not null) await page.GotoAsync(path);
        await BrowserHub.ScreenshotAsync(page, name);
        await BrowserHub.AssertAccessibleAsync(page);
    }

    /// <summary>Presses Tab until the element with the id (or the button with the text) has focus.</summary>
    private static async Task TabToAsync(IPage page, string? id, string? buttonText = null)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => (document.activeElement?.id || '') + '|' + (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent.trim() : '')");
            if (id is not null && focused.StartsWith(id + "|")) return;
            if (buttonText is not null && focused.EndsWith("|" + buttonText)) return;
        }
        throw new InvalidOperationException($"Tab never reached {id ?? buttonText}.");
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(scroll <= client, $"{page.Url} scrolls sideways at 200 % zoom: {scroll} px content in a {client} px window.");
    }
}
