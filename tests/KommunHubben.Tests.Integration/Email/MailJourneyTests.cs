using System.Diagnostics;
using KommunHubben.Domain.Calendar;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>
/// The e-mail journey against the real mail server: a contact person submits; each officer's new-case notice waits
/// for their digest (their default); the officer asks for a supplement and the contact person has one mail naming the
/// reference within seconds; the answer reaches the officer at once; the decision reaches the contact person; the next
/// working day's digest (fake clock) lists exactly the cases still open, and nothing personal is in any mail.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class MailJourneyTests(MailHub shared)
{
    private const string Personnummer = "19460823-9986";
    private const string Purpose = "Samira Lindqvist behöver ett gemensamt planeringsmöte";
    private const string Question = "Vilka tider passar Samira Lindqvist?";
    private const string Answer = "Tisdagar förmiddag, gärna på Jobbtorg Kista.";
    private const string OpenQuestion = "Hur anmäler vi Johan Berg till insatsmässan?";
    private const string Explanation = "Möte bokat med Samira Lindqvist tisdag 10.00.";
    private const string OfficerMessage = "Passar tisdag 10.00 för Samira Lindqvist?";
    private const string UnitMessage = "Ja, Samira Lindqvist kommer tisdag 10.00.";

    private HubDeployment Hub => shared.Hub;
    private TestMailServer Mail => shared.Mail;

    static MailJourneyTests() =>
        MailPrivacy.Forbidden.AddRange([Personnummer, "194608239986", "4608239986", "460823-9986", "Samira", "Lindqvist", "Johan Berg",
            Purpose, Question, Answer, OpenQuestion, Explanation, OfficerMessage, UnitMessage]);

    [Fact]
    public async Task A_case_journey_mails_each_side_by_its_preferences_and_the_next_digest_lists_what_is_open()
    {
        using var contact = Hub.As("kp-21");
        await contact.RegisterConsentAsync(Personnummer, "IndividualPlanning");
        var decided = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = Personnummer,
            individualPlanning = new { kind = "JointPlanningMeeting", purpose = Purpose, proposedMeetingTimes = new[] { DateTime.UtcNow.AddDays(7) } },
        });
        var stillOpen = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines", question = OpenQuestion } });
        var officerOf = new Dictionary<Guid, string>();
        var referenceOf = new Dictionary<Guid, string>();
        foreach (var id in new[] { decided, stillOpen })
        {
            var routed = await contact.WaitForStatusAsync(id, "Routed");
            officerOf[id] = routed["assignedOfficerId"]!.GetValue<string>();
            referenceOf[id] = routed["reference"]!.GetValue<string>();
            Assert.Matches(@"^KH-\d{4}-\d{6}$", referenceOf[id]);
        }

        // The contact person has a receipt for each case: reference, time, case type and the service level.
        foreach (var id in new[] { decided, stillOpen })
        {
            var receipt = Assert.Single(await Mail.WaitForAsync(m => m.MessageId == $"receipt-{id:N}@kommunhubben.test.example", 1, TimeSpan.FromSeconds(20)));
            Assert.Equal("kp-21@test.example", receipt.To);
            Assert.Equal($"Kvitto: ärende {referenceOf[id]} har tagits emot", receipt.Subject);
            Assert.Contains("inom 2 arbetsdagar", receipt.Text);
            Assert.Contains($"https://kommunhubben.test.example/Contact/Receipt/{id}", receipt.Text);
        }
        var before = await ReceiptAsync("kp-21", decided);
        Assert.Equal(referenceOf[decided], before["reference"]!.GetValue<string>());
        Assert.Equal(2, before["firstActionDays"]!.GetValue<int>());
        Assert.Null(before["takenUpAt"]);

        // Officers get new cases as a digest by default: the notice is held, nothing is mailed now.
        await WaitForMailStatusAsync(decided, "NewCase", "HeldForDigest");
        await WaitForMailStatusAsync(stillOpen, "NewCase", "HeldForDigest");

        using var officer = Hub.As(officerOf[decided]);
        await Act(officer, decided, "claim", new { });
        // "Mottaget av handläggare": the receipt shows when the officer first acted.
        Assert.NotNull((await ReceiptAsync("kp-21", decided))["takenUpAt"]);
        var asked = Stopwatch.StartNew();
        await Act(officer, decided, "supplement-request", new { question = Question });
        var supplementMail = Assert.Single(await Mail.WaitForAsync(m => m.To == "kp-21@test.example" && m.MessageId.StartsWith("notice-") && m.Subject.Contains(referenceOf[decided]), 1, TimeSpan.FromSeconds(20)));
        var seconds = asked.Elapsed.TotalSeconds;
        Assert.Contains("komplettering", supplementMail.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"https://kommunhubben.test.example/Contact/Case/{decided}", supplementMail.Text);
        Assert.Contains("Individärende – planering", supplementMail.Text);
        Console.WriteLine($"Supplement request → contact person's mail: {seconds:F1} s");

        await Act(contact, decided, "supplement", new { answer = Answer });
        await Mail.WaitForAsync(m => m.To == $"{officerOf[decided]}@test.example" && m.Subject.StartsWith("Kompletteringen är besvarad") && m.Subject.Contains(referenceOf[decided]), 1, TimeSpan.FromSeconds(20));

        // The conversation: the officer writes, the contact person is mailed at once (the reference, never the text),
        // reads the whole thread (the question, the answer and the message), and the officer sees who read it, when.
        await PostMessageAsync(officer, decided, OfficerMessage);
        await Mail.WaitForAsync(m => m.To == "kp-21@test.example" && m.Subject.StartsWith("Nytt meddelande i ärendet") && m.Subject.Contains(referenceOf[decided]), 1, TimeSpan.FromSeconds(20));
        var thread = await MessagesAsync(contact, decided);
        Assert.Equal(["SupplementQuestion", "SupplementAnswer", "Message"], thread["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        Assert.Equal([Question, Answer, OfficerMessage], thread["entries"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()));
        Assert.True(thread["entries"]![2]!["new"]!.GetValue<bool>());
        Assert.True(thread["mayWrite"]!.GetValue<bool>());
        var seenByUnit = (await MessagesAsync(officer, decided))["entries"]![2]!["readBy"]!.AsArray();
        Assert.Equal("kp-21", Assert.Single(seenByUnit)!["readerId"]!.GetValue<string>());
        Assert.False((await MessagesAsync(contact, decided))["entries"]![2]!["new"]!.GetValue<bool>());

        await PostMessageAsync(contact, decided, UnitMessage);
        await Mail.WaitForAsync(m => m.To == $"{officerOf[decided]}@test.example" && m.Subject.StartsWith("Nytt meddelande i ärendet") && m.Subject.Contains(referenceOf[decided]), 1, TimeSpan.FromSeconds(20));
        var reply = (await MessagesAsync(officer, decided))["entries"]![3]!;
        Assert.Equal(UnitMessage, reply["text"]!.GetValue<string>());
        Assert.Equal("kp-21", reply["authorId"]!.GetValue<string>());
        Assert.Equal(officerOf[decided], Assert.Single((await MessagesAsync(contact, decided))["entries"]![3]!["readBy"]!.AsArray())!["readerId"]!.GetValue<string>());
        // Each read of the thread is logged as a read of personal data.
        Assert.Equal(5L, await Hub.Database.ScalarAsync<long>(
            """SELECT count(*) FROM audit_log WHERE "CaseId" = @case AND "Action" = 'ReadConversation'""", ("case", decided)));

        await Act(officer, decided, "decision", new
        {
            outcome = "MeetingBooked", meetingAt = DateTime.UtcNow.Date.AddDays(9).AddHours(9), meetingPlace = "Jobbtorg Kista", explanation = Explanation,
        });
        await Act(officer, decided, "close", new { closureReason = "Work" });
        await Mail.WaitForAsync(m => m.To == "kp-21@test.example" && m.Subject.StartsWith("Beslut i ärendet") && m.Subject.Contains(referenceOf[decided]), 1, TimeSpan.FromSeconds(20));
        // One mail per notice: the contact person had the supplement request, the message and the decision, and two receipts.
        Assert.Equal(3, Mail.Received.Count(m => m.To == "kp-21@test.example" && m.MessageId.StartsWith("notice-")));
        Assert.Equal(5, Mail.Received.Count(m => m.To == "kp-21@test.example"));

        // The finished case keeps its thread, closed for new messages: the API names the rule.
        var (closedStatus, closedBody) = await contact.PostAsync($"/api/v1/cases/{decided}/messages", new { text = "En sak till" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, closedStatus);
        Assert.Contains("conversationClosed", closedBody!.ToJsonString());
        Assert.True((await MessagesAsync(contact, decided))["closed"]!.GetValue<bool>());

        // The next working day at 08:00: each officer with an open case gets one digest listing exactly those cases.
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions());
        var nextDay = calendar.AddWorkingDays(DateOnly.FromDateTime(DateTime.UtcNow), 1);
        await shared.RunDigestsAtAsync(nextDay.ToDateTime(new TimeOnly(8, 0)));
        var digests = Mail.Received.Where(m => m.MessageId.StartsWith("digest-") && m.MessageId.Contains($"-{nextDay:yyyyMMdd}@")).ToList();
        foreach (var officerId in officerOf.Values.Distinct())
        {
            var theirs = digests.Where(m => m.To == $"{officerId}@test.example").ToList();
            var open = officerOf.Where(o => o.Value == officerId && o.Key == stillOpen).Select(o => referenceOf[o.Key]).ToList();
            if (open.Count == 0) { Assert.Empty(theirs); continue; }
            var digest = Assert.Single(theirs);
            Assert.Contains("Nya ärenden (1)", digest.Text);
            Assert.Contains(referenceOf[stillOpen], digest.Text);
            Assert.DoesNotContain(referenceOf[decided], digest.Text);
        }
        MailPrivacy.AssertNoPersonalData();
    }

    /// <summary>The receipt (what the receipt page shows) as the contact person reads it.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode> ReceiptAsync(string userId, Guid caseId)
    {
        using var client = Hub.As(userId);
        var (status, body) = await client.GetAsync($"/api/v1/cases/{caseId}/receipt");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return body!;
    }

    private static async Task PostMessageAsync(HubClient who, Guid caseId, string text)
    {
        var (status, body) = await who.PostAsync($"/api/v1/cases/{caseId}/messages", new { text });
        Assert.True(status == System.Net.HttpStatusCode.Created, $"{status}: {body}");
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> MessagesAsync(HubClient who, Guid caseId)
    {
        var (status, body) = await who.GetAsync($"/api/v1/cases/{caseId}/messages");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return body!;
    }

    private static Task Act(HubClient who, Guid id, string action, object body) => who.ActAsync(id, action, body);

    private async Task WaitForMailStatusAsync(Guid caseId, string kind, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = await Hub.Database.ScalarAsync<long>(
                """SELECT count(*) FROM outgoing_mails WHERE "CaseId" = @case AND "Kind" = @kind AND "Status" = @status""",
                ("case", caseId), ("kind", kind), ("status", status));
            if (found == 1) return;
            Assert.True(DateTime.UtcNow < deadline, $"No {kind} mail record {status} for the case within 30 s");
            await Task.Delay(200);
        }
    }
}
