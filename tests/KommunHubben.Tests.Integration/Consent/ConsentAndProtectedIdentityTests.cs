using System.Net;
using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Consent;

/// <summary>docs/domain.md's binding rules at the front door: consent, protected identity, and withdrawal of consent.</summary>
public sealed class ConsentAndProtectedIdentityTests(SharedHubWithTap shared) : IClassFixture<SharedHubWithTap>
{
    private HubDeployment Hub => shared.Hub;
    private BrokerTap Tap => shared.Tap;

    private static object Planning(string pnr, string kind = "RegistrationStatus") => new
    {
        caseType = "IndividualPlanning",
        personalIdentityNumber = pnr,
        individualPlanning = new { kind, purpose = "Fråga om inskrivningsstatus" },
    };

    [Fact]
    public async Task When_a_registration_status_question_has_no_consent_it_is_refused_with_a_clear_error_and_nothing_is_kept()
    {
        using var contact = Hub.As("kp-10");
        var casesBefore = await Hub.Database.ScalarAsync<int>("SELECT count(*) FROM cases");
        var outboxBefore = await Hub.Database.ScalarAsync<long>("SELECT coalesce(max(\"Id\"), 0) FROM outbox");

        var (status, problem) = await contact.PostAsync("/api/v1/cases", Planning("19090527+1474"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var rule = problem!["errors"]!["personalIdentityNumber"]![0]!.GetValue<string>();
        Assert.Contains("no consent from this person is registered", rule);
        Assert.DoesNotContain("1474", problem.ToJsonString());
        Assert.Equal(casesBefore, await Hub.Database.ScalarAsync<int>("SELECT count(*) FROM cases"));
        // The only message is the refusal itself, for the coordinators' counts: codes and the unit, never the person.
        var published = await Hub.Database.RowsAsync("""SELECT "MessageType", "Body" FROM outbox WHERE "Id" > @before""", ("before", outboxBefore));
        Assert.DoesNotContain(published, m => (string)m[0]! == "CaseSubmitted");
        var refusal = Assert.Single(published, m => (string)m[0]! == "SubmissionRefused");
        Assert.DoesNotContain("1474", (string)refusal[1]!);
        Assert.True(await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM submission_refusals WHERE "Reason" = 'MissingConsent'""") >= 1);
    }

    [Fact]
    public async Task When_the_consent_covers_another_case_type_the_case_is_refused_and_says_so()
    {
        using var contact = Hub.As("kp-11");
        await contact.RegisterConsentAsync("195704289999", "DisabilityCoding");

        var (status, problem) = await contact.PostAsync("/api/v1/cases", Planning("195704289999"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("does not cover IndividualPlanning", problem!["errors"]!["personalIdentityNumber"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_person_has_protected_identity_the_case_is_refused_with_the_telephone_route_and_nothing_about_them_is_stored()
    {
        using var contact = Hub.As("kp-12");
        var before = await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM submission_refusals WHERE "Reason" = 'ProtectedIdentity'""");

        var (status, problem) = await contact.PostAsync("/api/v1/cases", new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = "194608239986",
            protectedIdentity = true,
            individualPlanning = new { kind = "DailyNotes", purpose = "Skyddad person" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("telephone", problem!["errors"]!["protectedIdentity"]![0]!.GetValue<string>());
        Assert.Equal(before + 1, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM submission_refusals WHERE "Reason" = 'ProtectedIdentity'"""));
        var stored = await Hub.Database.RowsAsync("""SELECT * FROM submission_refusals WHERE "Reason" = 'ProtectedIdentity'""");
        Assert.DoesNotContain(stored.SelectMany(r => r), v => v?.ToString()?.Contains("9986") == true);
        Assert.Equal(0, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM audit_log WHERE "ActorId" = 'kp-12'"""));
        Assert.DoesNotContain("Skyddad person", string.Join('\n', Tap.Bodies));
    }

    [Fact]
    public async Task When_consent_is_withdrawn_with_cases_in_flight_every_open_case_stops_and_no_message_about_them_follows()
    {
        const string pnr = "200004059937";
        using var contact = Hub.As("kp-13");
        var consentId = await contact.RegisterConsentAsync(pnr, "IndividualPlanning");
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++) ids.Add(await contact.SubmitAsync(Planning(pnr, i % 2 == 0 ? "ActionPlanRequest" : "DailyNotes")));
        // One case is being worked on by its officer when the consent goes.
        var first = await contact.WaitForStatusAsync(ids[0], "Routed");
        var officerId = first["assignedOfficerId"]!.GetValue<string>();
        using var officer = Hub.As(officerId);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/cases/{ids[0]}/claim", new { })).Status);

        // Withdraw while later cases may still be on their way through the broker.
        var (status, body) = await contact.PostAsync($"/api/v1/consents/{consentId}/withdraw", new { });
        for (var attempt = 0; status == HttpStatusCode.Conflict && attempt < 10; attempt++)
            (status, body) = await contact.PostAsync($"/api/v1/consents/{consentId}/withdraw", new { });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(12, body!["casesStopped"]!.GetValue<int>());

        foreach (var id in ids)
            Assert.Equal("Stopped", (await contact.GetCaseAsync(id))["status"]!.GetValue<string>());
        var (refused, _) = await officer.PostAsync($"/api/v1/cases/{ids[0]}/decision", new { outcome = "Answered", explanation = "För sent." });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        var (_, notices) = await officer.GetAsync("/api/v1/notifications");
        Assert.Contains(notices!.AsArray(), n => n!["caseId"]?.GetValue<Guid>() == ids[0] && n["kind"]!.GetValue<string>() == "CaseStoppedConsentWithdrawn");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await contact.PostAsync("/api/v1/cases", Planning(pnr))).Status);

        // Give any straggler time to show itself, then check that CaseStopped is the last word on every case.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var published = Tap.Bodies.ToList();
        foreach (var id in ids)
        {
            var events = await Hub.Database.RowsAsync(
                """SELECT "MessageType", "PublishedAt" FROM outbox WHERE "Body" LIKE @pattern ORDER BY "Id" """, ("pattern", $"%{id}%"));
            Assert.Equal("CaseStopped", events.Last()[0]);
            Assert.All(events, e => Assert.NotNull(e[1]));
            Assert.Contains(published, b => b.Contains(id.ToString()) && b.Contains("CaseStopped"));
        }
        Assert.Equal(12, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM cases WHERE "Status" = 'Stopped'"""));
    }
}
