using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// Issue 16: the two sides talk on the case instead of phoning. The officer holding the case writes with a file; the
/// contact person sees "1 oläst meddelande" on their start page, reads it marked new, answers; the officer sees the
/// unread mark in the queue and "Läst av …" under their own message; an empty message is refused by field; a
/// finished case keeps its thread without a form. Swedish, axe-clean, fitting at 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConversationTests(BrowserHub hub)
{
    private const string Contact = "kp-27";
    private const string Question = "Kan ni skicka den senaste handlingsplanen?";
    private const string Reply = "Handlingsplanen kommer i eftermiddag.";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task The_officer_and_the_unit_talk_on_the_case_with_unread_marks_and_read_by()
    {
        var (id, reference) = await CaseSteps.RoutedQuestionAsync(hub, Contact);
        using var api = hub.Hub.As(Contact);
        var officerId = (await api.GetCaseAsync(id))["assignedOfficerId"]!.GetValue<string>();
        var contactName = await hub.Hub.Database.ScalarAsync<string>("""SELECT "Name" FROM users WHERE "Id" = @id""", ("id", Contact));

        // The officer takes the case and writes, with a file.
        var officer = await hub.SignedInAsync(officerId);
        await officer.GotoAsync($"/Officer/Case/{id}");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ta ärendet" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Du har tagit ärendet.");
        var conversation = officer.Locator("#conversation");
        await Expect(conversation.Locator("#conversation-empty")).ToHaveTextAsync("Inga meddelanden ännu.");
        await conversation.GetByRole(AriaRole.Button, new() { Name = "Skicka meddelandet" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nytt meddelande");
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("måste fyllas i");
        await conversation.GetByLabel("Nytt meddelande").FillAsync(Question);
        await conversation.GetByLabel("Bifoga en fil (valfritt)").SetInputFilesAsync(
            new FilePayload { Name = "mall-handlingsplan.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await conversation.GetByRole(AriaRole.Button, new() { Name = "Skicka meddelandet" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är skickat.");
        var mine = conversation.Locator(".message.from-af").Last;
        await Expect(mine.Locator(".message-text")).ToHaveTextAsync(Question);
        await Expect(mine.Locator(".message-file")).ToContainTextAsync("mall-handlingsplan.pdf");
        await Expect(mine.Locator(".read-by")).ToHaveTextAsync("Inte läst ännu");
        await CaseSteps.StepAsync(officer, "conversation-01-officer-wrote");

        // The contact person sees it waiting, opens it marked new, and answers.
        var contact = await hub.SignedInAsync(Contact);
        await contact.GotoAsync("/Contact");
        var waiting = contact.Locator("#waiting-for-you .unread-messages", new() { HasText = reference });
        await Expect(waiting).ToContainTextAsync("1 oläst meddelande");
        await Expect(contact.Locator("#waiting-for-you")).ToContainTextAsync("Nya meddelanden i era ärenden:");
        await Expect(contact.Locator("#waiting-for-you")).Not.ToContainTextAsync("väntar på ditt svar");
        await CaseSteps.StepAsync(contact, "conversation-02-contact-start-unread");
        await waiting.GetByRole(AriaRole.Link).ClickAsync();
        var thread = contact.Locator("#conversation");
        await Expect(thread.Locator("#conversation-new")).ToHaveTextAsync("1 nytt");
        var received = thread.Locator(".message.is-new");
        await Expect(received.Locator(".message-text")).ToHaveTextAsync(Question);
        await Expect(received).ToContainTextAsync("Arbetsförmedlingen");
        await Expect(received.Locator(".message-file a")).ToHaveTextAsync("mall-handlingsplan.pdf");
        await CaseSteps.StepAsync(contact, "conversation-03-contact-reads");
        await thread.GetByLabel("Nytt meddelande").FillAsync(Reply);
        await thread.GetByRole(AriaRole.Button, new() { Name = "Skicka meddelandet" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är skickat.");
        await Expect(contact.Locator("#conversation .message.from-unit .message-text")).ToHaveTextAsync(Reply);
        // Read now: the start page no longer lists it as waiting.
        await contact.GotoAsync("/Contact");
        await Expect(contact.Locator("#waiting-for-you .unread-messages", new() { HasText = reference })).ToHaveCountAsync(0);

        // The officer sees the unread reply in the queue, and who read their message.
        await officer.GotoAsync("/Officer");
        var row = officer.Locator("table.queue tr", new() { HasText = reference });
        await Expect(row.Locator(".badge.new", new() { HasText = "oläst" })).ToHaveTextAsync("1 oläst meddelande");
        await row.Locator(".badge.new", new() { HasText = "oläst" }).ClickAsync();
        await Expect(officer.Locator("#conversation .message.is-new .message-text")).ToHaveTextAsync(Reply);
        await Expect(officer.Locator("#conversation .message.from-af .read-by")).ToContainTextAsync($"Läst av {contactName}");
        await CaseSteps.StepAsync(officer, "conversation-04-officer-sees-reply-and-read-by");
        await CaseSteps.AssertFitsAsync(hub, officerId, $"/Officer/Case/{id}", "conversation-officer-case");
        await CaseSteps.AssertFitsAsync(hub, Contact, $"/Contact/Case/{id}", "conversation-contact-case");

        // A finished case keeps its thread, without a form.
        using var officerApi = hub.Hub.As(officerId);
        await officerApi.ActAsync(id, "decision", new { outcome = "Answered", explanation = "Svar skickat." });
        await officerApi.ActAsync(id, "close", new { closureReason = "Other" });
        await contact.GotoAsync($"/Contact/Case/{id}");
        await Expect(contact.Locator("#conversation-locked")).ToHaveTextAsync("Ärendet är avslutat. Meddelandena finns kvar, men det går inte att skriva nya.");
        await Expect(contact.Locator("#conversation .message")).ToHaveCountAsync(2);
        await Expect(contact.Locator("#conversation textarea")).ToHaveCountAsync(0);
        await CaseSteps.StepAsync(contact, "conversation-05-closed");
    }
}
