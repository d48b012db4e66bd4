using System.Net;
using System.Text.Json.Nodes;
using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>
/// The spine over HTTP against real RabbitMQ and PostgreSQL, with the API and the worker as separate processes:
/// a contact person submits, the worker routes, an officer claims, asks for a supplement, the contact person answers,
/// the officer decides and closes — and the contact person sees every step.
/// </summary>
public sealed class CaseJourneyTests(SharedHubWithTap shared) : IClassFixture<SharedHubWithTap>
{
    // A valid personnummer from the public test vectors; it must never appear in a message or a log line.
    private const string Personnummer = "20000229-2399";
    private static readonly string[] PersonnummerForms = ["200002292399", "0002292399", "000229-2399", "20000229-2399"];

    private HubDeployment Hub => shared.Hub;
    private BrokerTap Tap => shared.Tap;

    [Fact]
    public async Task When_a_case_is_submitted_handled_and_closed_both_sides_see_every_step()
    {
        using var contact = Hub.As("kp-01");
        using var neighbourUnit = Hub.As("kp-04");
        await contact.RegisterConsentAsync(Personnummer, "IndividualPlanning");

        var (submitStatus, submitted) = await contact.PostAsync("/api/v1/cases", new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = Personnummer,
            individualPlanning = new
            {
                kind = "JointPlanningMeeting",
                purpose = "Gemensamt planeringsmöte om nästa steg",
                proposedMeetingTimes = new[] { DateTime.UtcNow.AddDays(7) },
            },
        });
        Assert.Equal(HttpStatusCode.Created, submitStatus);
        Assert.Equal("Submitted", submitted!["status"]!.GetValue<string>());
        var id = submitted["id"]!.GetValue<Guid>();

        // The worker routes it to one of the four officers; the contact person sees "Routed".
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        var officerId = routed["assignedOfficerId"]!.GetValue<string>();
        Assert.StartsWith("af-", officerId);
        Assert.Matches(@"^(bySkill\|af-\w+\|IndividualPlanning|previousOfficer\|af-\w+|hubOfficer\|af-\w+)\|", routed["routingReason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await neighbourUnit.GetAsync($"/api/v1/cases/{id}")).Status);

        using var officer = Hub.As(officerId);
        var (_, queue) = await officer.GetAsync("/api/v1/queue");
        Assert.Contains(queue!["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == id && item["status"]!.GetValue<string>() == "Routed");
        Assert.Equal("200002292399", (await officer.GetCaseAsync(id))["personalIdentityNumber"]!.GetValue<string>());

        await Act(officer, id, "claim", new { }, "Claimed");
        Assert.Equal("Claimed", await StatusSeenBy(contact, id));

        await Act(officer, id, "supplement-request", new { question = "Vilka tider passar den enskilde?" }, "AwaitingSupplement");
        var waiting = await contact.GetCaseAsync(id);
        Assert.Equal("AwaitingSupplement", waiting["status"]!.GetValue<string>());
        Assert.Equal("Vilka tider passar den enskilde?", waiting["history"]!.AsArray().Last()!["note"]!.GetValue<string>());

        await Act(contact, id, "supplement", new { answer = "Tisdagar förmiddag." }, "Claimed");
        var meetingAt = DateTime.UtcNow.Date.AddDays(9).AddHours(9);
        await Act(officer, id, "decision", new
        {
            outcome = "MeetingBooked", meetingAt, meetingPlace = "Jobbtorg City, Fleminggatan", explanation = "Möte bokat tisdag 10.00 på Jobbtorg City.",
        }, "Decided");
        await Act(officer, id, "close", new { closureReason = "Work" }, "Closed");

        var final = await contact.GetCaseAsync(id);
        Assert.Equal("Closed", final["status"]!.GetValue<string>());
        Assert.Equal("MeetingBooked", final["outcome"]!.GetValue<string>());
        Assert.Equal("Jobbtorg City, Fleminggatan", final["decision"]!["place"]!.GetValue<string>());
        Assert.Equal(meetingAt, final["decision"]!["meetingAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(
            ["Submit", "Route", "Claim", "RequestSupplement", "ProvideSupplement", "Decide", "Close"],
            final["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));
        Assert.Contains(final["history"]!.AsArray(), h => h!["note"]?.GetValue<string>() == "Möte bokat tisdag 10.00 på Jobbtorg City.");
        Assert.Empty(final["allowedActions"]!.AsArray());

        // Each side was told about the steps it waits for (in-app notifications, written by the worker).
        await WaitForNotificationsAsync(contact, id, "SupplementRequested", "CaseDecided");
        await WaitForNotificationsAsync(officer, id, "NewCase", "SupplementAnswered");

        // The closed case has left the officer's queue.
        var (_, queueAfter) = await officer.GetAsync("/api/v1/queue");
        Assert.DoesNotContain(queueAfter!["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task When_a_general_question_is_submitted_it_reaches_an_officer_queue()
    {
        using var contact = Hub.As("kp-07");
        var id = await contact.SubmitAsync(new
        {
            caseType = "GeneralQuestion",
            generalQuestion = new { topic = "Routines", question = "Hur anmäler vi deltagare till insatsmässan?" },
        });

        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        var (_, queue) = await officer.GetAsync("/api/v1/queue");
        Assert.Contains(queue!["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task When_an_officer_acts_on_a_stale_version_the_change_is_refused_not_overwritten()
    {
        using var contact = Hub.As("kp-02");
        var id = await contact.SubmitAsync(new
        {
            caseType = "GeneralQuestion",
            generalQuestion = new { topic = "Other", question = "Fråga om rutiner för återkoppling." },
        });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        var version = routed["version"]!.GetValue<int>();

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/cases/{id}/claim", new { expectedVersion = version })).Status);
        var (status, problem) = await officer.PostAsync($"/api/v1/cases/{id}/decision",
            new { expectedVersion = version, outcome = "Answered", explanation = "Svar." });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("changed since you loaded it", problem!["detail"]!.GetValue<string>());
        Assert.Equal("changedSinceLoaded", problem["errorCodes"]!["conflict"]![0]!.GetValue<string>());
        Assert.Equal("Claimed", await StatusSeenBy(contact, id));
    }

    [Fact]
    public async Task No_personnummer_travels_in_a_broker_message_or_appears_in_a_log()
    {
        using var contact = Hub.As("kp-03");
        await contact.RegisterConsentAsync(Personnummer, "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = Personnummer,
            individualPlanning = new { kind = "ActionPlanRequest", purpose = "Begäran om handlingsplan" },
        });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await Act(officer, id, "claim", new { }, "Claimed");
        await Act(officer, id, "decision", new { outcome = "InformationSent", explanation = "Handlingsplan skickad." }, "Decided");

        // Wait until every event of the journey has crossed the broker, then look at everything that did. The outbox
        // relay publishes after the commit, so on a loaded machine the last event can reach the tap seconds after the
        // API answered: wait for all of them (generously), not a fixed time.
        string[] events = ["CaseSubmitted", "CaseRouted", "CaseDecided"];
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<string> messages;
        while (true)
        {
            messages = Tap.Bodies.Where(b => b.Contains(id.ToString())).ToList();
            if (events.All(e => messages.Any(m => m.Contains(e))) || DateTime.UtcNow > deadline) break;
            await Task.Delay(100);
        }
        foreach (var e in events)
            Assert.True(messages.Any(m => m.Contains(e)), $"{e} for the case was not seen on the broker within 60 s");

        foreach (var form in PersonnummerForms)
        {
            Assert.DoesNotContain(Tap.Bodies, body => body.Contains(form));
            Assert.DoesNotContain(form, Hub.AllLogs());
        }
        Assert.DoesNotContain("Begäran om handlingsplan", string.Join('\n', Tap.Bodies));
    }

    private static async Task Act(HubClient actor, Guid id, string action, object body, string expectedStatus)
    {
        var (status, response) = await actor.PostAsync($"/api/v1/cases/{id}/{action}", body);
        Assert.True(status == HttpStatusCode.OK, $"{action} by {actor.UserId} answered {(int)status}: {response?.ToJsonString()}");
        Assert.Equal(expectedStatus, response!["status"]!.GetValue<string>());
    }

    private static async Task WaitForNotificationsAsync(HubClient who, Guid caseId, params string[] kinds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var (_, notices) = await who.GetAsync("/api/v1/notifications");
            var seen = notices!.AsArray().Where(n => n!["caseId"]?.GetValue<Guid>() == caseId).Select(n => n!["kind"]!.GetValue<string>()).ToList();
            if (kinds.All(seen.Contains)) return;
            Assert.True(DateTime.UtcNow < deadline, $"{who.UserId} was not notified of {string.Join(", ", kinds.Except(seen))}.");
            await Task.Delay(200);
        }
    }

    private static async Task<string> StatusSeenBy(HubClient client, Guid id) =>
        (await client.GetCaseAsync(id))["status"]!.GetValue<string>();
}
