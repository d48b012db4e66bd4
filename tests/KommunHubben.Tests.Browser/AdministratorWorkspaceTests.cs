using KommunHubben.Contracts;
using KommunHubben.Tests.Browser.Infrastructure;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// Issue 5, the administrator's workspace in a real browser against a real hub (RabbitMQ, PostgreSQL): re-driving a
/// failed message from its _error queue until the case is routed, the audit log filtered down to an officer's "show
/// personal details", refusal for everyone else, and axe-core on every page. Screenshots go to artifacts/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministratorWorkspaceTests(BrowserHub hub)
{
    private const string ErrorQueue = "khub-route-case_error";

    [Fact]
    public async Task An_administrator_redrives_a_failed_message_from_the_error_queue_page_and_the_case_is_routed()
    {
        // A case no officer can take (all inactive) fails into khub-route-case_error after its retries.
        var database = hub.Hub.Database;
        var stuck = await database.InsertSubmittedCaseAsync();
        var messageId = Guid.NewGuid();
        var active = await DeactivateOfficersAsync();
        try
        {
            await RawPublisher.PublishAsync(hub.Hub.VirtualHost.Name, messageId,
                new CaseSubmitted(stuck, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
            await WaitForErrorQueueAsync(1);
        }
        finally
        {
            await ReactivateAsync(active);
        }

        var admin = await hub.SignedInAsync("admin-1");
        await Menu(admin, "Felköer").ClickAsync();
        await Expect(admin.Locator($"#queue-{ErrorQueue} td.count")).ToHaveTextAsync("1");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Visa meddelandena i {ErrorQueue}" }).ClickAsync();
        var message = admin.Locator("li.dead-letter").Filter(new() { Has = admin.Locator("code.message-id", new() { HasText = messageId.ToString() }) });
        await Expect(message).ToContainTextAsync("KommunHubben.Contracts:CaseSubmitted");
        await Expect(message).ToContainTextAsync("cannot be routed");
        await Expect(message).ToContainTextAsync(stuck.ToString());
        await Step(admin, "admin-01-error-queue-message");

        // A re-drive needs a reason: without one, the error is shown at that message's field.
        await message.GetByRole(AriaRole.Button, new() { Name = "Skicka om" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skäl att skicka om");
        Assert.Equal(1u, await CountAsync());
        await Step(admin, "admin-02-redrive-needs-a-reason");

        message = admin.Locator("li.dead-letter").Filter(new() { Has = admin.Locator("code.message-id", new() { HasText = messageId.ToString() }) });
        await message.GetByLabel("Skäl att skicka om").FillAsync("Handläggarna är aktiva igen");
        await message.GetByRole(AriaRole.Button, new() { Name = "Skicka om" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 meddelanden skickades om till khub-route-case.");
        await WaitForStatusAsync(stuck, "Routed");
        await admin.ReloadAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("Kön är tom.");
        await Expect(admin.Locator($"#queue-{ErrorQueue} td.count")).ToHaveTextAsync("0");
        await Step(admin, "admin-03-redriven-queue-empty");

        // The re-drive is in the audit log: by whom, which message, why, under the case it was about.
        await admin.GotoAsync($"/Admin/Audit?caseId={stuck}&action=RedriveMessage");
        var row = admin.Locator("#audit-log tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("admin-1");
        await Expect(row).ToContainTextAsync(messageId.ToString());
        await Expect(row).ToContainTextAsync("Handläggarna är aktiva igen");
    }

    [Fact]
    public async Task An_administrator_filters_the_audit_log_down_to_an_officers_showing_of_personal_details()
    {
        // A case routed to an officer, who shows its personal details with a reason.
        using var contact = hub.Hub.As("kp-13");
        var caseId = await contact.SubmitAsync(new
        {
            caseType = "GeneralQuestion",
            generalQuestion = new { topic = "Routines", question = "Hur anmäler vi frånvaro vid trepartsmöten?" },
        });
        await contact.WaitForStatusAsync(caseId, "Routed");
        var officerId = await hub.Hub.Database.ScalarAsync<string>("""SELECT "AssignedOfficerId" FROM cases WHERE "Id" = @id""", ("id", caseId));
        var officer = await hub.SignedInAsync(officerId);
        await officer.GotoAsync($"/Officer/Case/{caseId}");
        await officer.GetByLabel("Skäl att visa personuppgifterna").FillAsync("förberedelse inför samverkansmöte");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Expect(officer.Locator("main")).ToContainTextAsync("Hur anmäler vi frånvaro vid trepartsmöten?");

        var admin = await hub.SignedInAsync("admin-1");
        await Menu(admin, "Granskningslogg").ClickAsync();
        await admin.GetByLabel("Användare", new() { Exact = true }).FillAsync(officerId);
        await admin.GetByLabel("Händelse").SelectOptionAsync("ReadPersonalDetails");
        var today = DateTime.Today.ToString("yyyy-MM-dd");
        await admin.GetByLabel("Från och med datum").FillAsync(today);
        await admin.GetByLabel("Till och med datum").FillAsync(today);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var entry = admin.Locator("#audit-log tbody tr").Filter(new() { HasText = caseId.ToString() });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("Visade personuppgifter");
        await Expect(entry).ToContainTextAsync("förberedelse inför samverkansmöte");
        // Every row shown matches the filter.
        foreach (var text in await admin.Locator("#audit-log tbody tr").AllInnerTextsAsync())
        {
            Assert.Contains(officerId, text);
            Assert.Contains("Visade personuppgifter", text);
        }
        await Step(admin, "admin-04-audit-log-filtered");

        // A period before the entry finds nothing; the log offers no way to change anything.
        await admin.GotoAsync($"/Admin/Audit?actor={officerId}&action=ReadPersonalDetails&to={DateTime.Today.AddDays(-1):yyyy-MM-dd}");
        await Expect(admin.Locator("#audit-count")).ToHaveTextAsync("0 poster");
        await Expect(admin.Locator("main form[method='post']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Everyone_but_an_administrator_is_refused_the_administrators_pages()
    {
        foreach (var (user, path) in new[] { ("af-cecilia", "/Admin/Audit"), ("kp-14", "/Admin/DeadLetters"), ("coord-1", "/Admin/Users") })
        {
            var page = await hub.SignedInAsync(user);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Granskningslogg" })).ToHaveCountAsync(0);
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har inte behörighet");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("khub-route-case_error");
            if (user == "af-cecilia") await Step(page, "admin-05-refused-officer");
        }
        // Not signed in: to the sign-in page, nothing of the workspace shown.
        var anonymous = await hub.NewPageAsync();
        await anonymous.GotoAsync("/Admin/Audit");
        await Expect(anonymous.GetByRole(AriaRole.Button, new() { Name = "Logga in" })).ToBeVisibleAsync();
        await Expect(anonymous.Locator("main")).Not.ToContainTextAsync("Granskningslogg");
    }

    [Fact]
    public async Task Every_administrator_page_passes_axe_core_and_users_are_added_and_deactivated_with_their_rules()
    {
        var admin = await hub.SignedInAsync("admin-1");
        foreach (var (path, name) in new[]
        {
            ("/Admin", "admin-10-start"), ("/Admin/Officers", "admin-11-officers"), ("/Admin/Routing", "admin-12-routing"),
            ("/Admin/DeadLetters", "admin-13-dead-letters"), ("/Admin/Audit", "admin-14-audit"), ("/Admin/Users", "admin-15-users"),
        })
        {
            var response = await admin.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await Step(admin, name);
        }
        await Expect(admin.Locator("main")).ToContainTextAsync("Jobbtorg Stockholm City");

        // Every broken rule at once, next to its field and in the summary; then a valid coordinator, then deactivated.
        await admin.GetByLabel("Roll").SelectOptionAsync("ContactPerson");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lägg till användare" }).ClickAsync();
        var summary = admin.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Användar-id");
        await Expect(summary).ToContainTextAsync("Namn");
        await Expect(summary).ToContainTextAsync("En kontaktperson måste höra till en enhet.");
        await Step(admin, "admin-16-add-user-errors");

        var userId = $"coord-{Guid.NewGuid():N}"[..14];
        await admin.GetByLabel("Användar-id").FillAsync(userId);
        await admin.GetByLabel("Namn", new() { Exact = true }).FillAsync("Sam Samordnare");
        await admin.GetByLabel("Roll").SelectOptionAsync("Coordinator");
        await admin.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync("");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lägg till användare" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Användaren {userId} är tillagd.");
        await Expect(admin.Locator($"#user-{userId}")).ToContainTextAsync("Aktiv");

        // Deactivating asks first and names the person: cancelling changes nothing, confirming deactivates.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Inaktivera Sam Samordnare" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Är du säker?");
        await Expect(admin.Locator("#deactivate-what")).ToContainTextAsync("Sam Samordnare kan inte logga in längre");
        await Step(admin, "admin-18-deactivate-confirm");
        Assert.True(await ActiveAsync(userId), "the first click deactivated the user");
        await admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Avbryt" }).Last.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Användare och enheter");
        await Expect(admin.Locator($"#user-{userId}")).ToContainTextAsync("Aktiv");
        Assert.True(await ActiveAsync(userId), "cancelling deactivated the user");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Inaktivera Sam Samordnare" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, inaktivera användaren" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Sam Samordnare är inaktiverad");
        await Expect(admin.Locator($"#user-{userId}")).ToContainTextAsync("Inaktiv");
        Assert.False(await ActiveAsync(userId));

        // Both changes are audit-logged; the English workspace says the same.
        await admin.GotoAsync($"/Admin/Audit?actor=admin-1&action=DeactivateUser");
        await Expect(admin.Locator("#audit-log tbody tr").Filter(new() { HasText = "Sam Samordnare inaktiverades" })).ToHaveCountAsync(1);
        await admin.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Audit log");
        await Step(admin, "admin-17-audit-english");
    }

    [Fact]
    public async Task Redistributing_an_officers_cases_asks_first_and_cancelling_moves_nothing()
    {
        // An officer of this test alone, absent for the next weeks (so routing gives them nothing else, during this test
        // or after it: an officer without a skills profile would take every case type, with no load), holding one routed case.
        var officerId = $"af-rut{Guid.NewGuid():N}"[..12];
        var database = hub.Hub.Database;
        await database.ExecuteAsync("""INSERT INTO users ("Id","Name","Role","Active") VALUES (@id,'Rut Omfördelning','Officer',true)""", ("id", officerId));
        await database.ExecuteAsync("""
            INSERT INTO officer_absences ("OfficerId","From","To","RegisteredBy","RegisteredAt")
            VALUES (@id, current_date - 1, current_date + 30, 'admin-1', now())
            """, ("id", officerId));
        var caseId = await database.InsertSubmittedCaseAsync();
        await database.ExecuteAsync("""UPDATE cases SET "Status" = 'Routed', "AssignedOfficerId" = @officer WHERE "Id" = @id""", ("officer", officerId), ("id", caseId));

        var admin = await hub.SignedInAsync("admin-1");
        await Menu(admin, "Handläggare").ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Omfördela Rut Omfördelnings öppna ärenden" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Är du säker?");
        await Expect(admin.Locator("#redistribute-what")).ToContainTextAsync("Rut Omfördelning har 1 öppna ärenden");
        await Step(admin, "admin-19-redistribute-confirm");
        Assert.Equal(officerId, await HolderAsync(caseId));

        await admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Avbryt" }).Last.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Handläggarnas ärendetyper och frånvaro");
        Assert.Equal(officerId, await HolderAsync(caseId));

        await admin.GetByRole(AriaRole.Link, new() { Name = "Omfördela Rut Omfördelnings öppna ärenden" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, omfördela ärendena" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 ärenden flyttades från Rut Omfördelning.");
        var colleague = await HolderAsync(caseId);
        Assert.NotEqual(officerId, colleague);
        Assert.StartsWith("af-", colleague);
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Omfördela Rut Omfördelnings öppna ärenden" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Discarding_a_failed_message_asks_for_a_reason_and_confirmation_and_cancelling_keeps_it()
    {
        var stuck = await hub.Hub.Database.InsertSubmittedCaseAsync();
        var messageId = Guid.NewGuid();
        var before = await CountAsync();
        var active = await DeactivateOfficersAsync();
        try
        {
            await RawPublisher.PublishAsync(hub.Hub.VirtualHost.Name, messageId,
                new CaseSubmitted(stuck, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
            await WaitForErrorQueueAsync(before + 1);
        }
        finally
        {
            await ReactivateAsync(active);
        }

        var admin = await hub.SignedInAsync("admin-1");
        await admin.GotoAsync($"/Admin/DeadLetters?queue={ErrorQueue}");
        ILocator Message() => admin.Locator("li.dead-letter").Filter(new() { Has = admin.Locator("code.message-id", new() { HasText = messageId.ToString() }) });
        await Message().GetByRole(AriaRole.Link, new() { Name = "Kasta" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Är du säker?");
        await Expect(admin.Locator("main code.message-id")).ToHaveTextAsync(messageId.ToString());
        await Expect(admin.Locator("#discard-what")).ToContainTextAsync("Det går inte att ångra");
        await Step(admin, "admin-20-discard-confirm");
        Assert.Equal(before + 1, await CountAsync());

        // Cancel: back at the queue, the message still there.
        await admin.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Avbryt" }).Last.ClickAsync();
        await Expect(Message()).ToHaveCountAsync(1);
        Assert.Equal(before + 1, await CountAsync());

        // Confirming without a reason is refused at the field; with one, the message is gone and the queue says so.
        await Message().GetByRole(AriaRole.Link, new() { Name = "Kasta" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, kasta meddelandet" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skäl att kasta");
        Assert.Equal(before + 1, await CountAsync());
        await admin.GetByLabel("Skäl att kasta").FillAsync("Testmeddelande utan ärende");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, kasta meddelandet" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Meddelandet {messageId} är kastat och händelsen loggad.");
        await Expect(Message()).ToHaveCountAsync(0);
        Assert.Equal(before, await CountAsync());
    }

    private Task<bool> ActiveAsync(string userId) =>
        hub.Hub.Database.ScalarAsync<bool>("""SELECT "Active" FROM users WHERE "Id" = @id""", ("id", userId));

    private Task<string> HolderAsync(Guid caseId) =>
        hub.Hub.Database.ScalarAsync<string>("""SELECT "AssignedOfficerId" FROM cases WHERE "Id" = @id""", ("id", caseId));

    private static ILocator Menu(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = name });

    private static async Task Step(IPage page, string name)
    {
        await BrowserHub.ScreenshotAsync(page, name);
        await BrowserHub.AssertAccessibleAsync(page);
    }

    /// <summary>Every active officer made inactive (so a case cannot be routed); their ids, to make exactly them active again.</summary>
    private async Task<string[]> DeactivateOfficersAsync()
    {
        var ids = (await hub.Hub.Database.RowsAsync("""SELECT "Id" FROM users WHERE "Role" = 'Officer' AND "Active" """)).Select(r => (string)r[0]!).ToArray();
        await hub.Hub.Database.ExecuteAsync("""UPDATE users SET "Active" = false WHERE "Id" = ANY(@ids)""", ("ids", ids));
        return ids;
    }

    private Task ReactivateAsync(string[] ids) =>
        hub.Hub.Database.ExecuteAsync("""UPDATE users SET "Active" = true WHERE "Id" = ANY(@ids)""", ("ids", ids));

    private async Task WaitForStatusAsync(Guid id, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await hub.Hub.Database.ScalarAsync<string>("""SELECT "Status" FROM cases WHERE "Id" = @id""", ("id", id)) != status)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Case {id} did not become {status}.");
            await Task.Delay(200);
        }
    }

    private async Task<uint> CountAsync()
    {
        await using var connection = await RabbitConnections.OpenAsync(hub.Hub.VirtualHost.Name, "admin-browser-test");
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(ErrorQueue)).MessageCount; }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return 0; }
    }

    private async Task WaitForErrorQueueAsync(uint expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (await CountAsync() < expected)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{ErrorQueue} did not receive the failed message.");
            await Task.Delay(250);
        }
    }
}
