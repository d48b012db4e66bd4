using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Examples;

/// <summary>
/// The ten example cases of docs/domain.md, each end to end over HTTP against the real broker and database: a contact
/// person submits, the worker routes, the officer handles, and the contact person sees the result.
/// </summary>
public sealed class DomainExampleCasesTests(SharedHub shared) : IClassFixture<SharedHub>
{
    private HubDeployment Hub => shared.Hub;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Waits for routing, then the routed officer claims the case. Returns the officer's client.</summary>
    private async Task<HubClient> RoutedAndClaimedAsync(HubClient contact, Guid id)
    {
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        var officer = Hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await officer.ActAsync(id, "claim", new { });
        return officer;
    }

    [Fact]
    public async Task Example_1_a_joint_planning_meeting_with_consent_gets_a_booked_meeting()
    {
        using var contact = Hub.As("kp-01");
        await contact.RegisterConsentAsync("190905271474", "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = "19090527+1474",
            individualPlanning = new { kind = "JointPlanningMeeting", purpose = "Trepartsmöte om planeringen", proposedMeetingTimes = new[] { DateTime.UtcNow.AddDays(5) } },
        });
        using var officer = await RoutedAndClaimedAsync(contact, id);

        var meetingAt = DateTime.UtcNow.Date.AddDays(5).AddHours(8);
        await officer.ActAsync(id, "decision", new { outcome = "MeetingBooked", meetingAt, meetingPlace = "Teams-länk i kallelsen", explanation = "Planen uppdateras efter mötet." });

        var seen = await contact.GetCaseAsync(id);
        Assert.Equal("Decided", seen["status"]!.GetValue<string>());
        Assert.Equal("MeetingBooked", seen["decision"]!["outcome"]!.GetValue<string>());
        Assert.Equal("Teams-länk i kallelsen", seen["decision"]!["place"]!.GetValue<string>());
    }

    [Fact]
    public async Task Example_2_a_registration_status_question_without_consent_is_refused_at_submission()
    {
        using var contact = Hub.As("kp-02");
        var (status, problem) = await contact.PostAsync("/api/v1/cases", new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = "200002292399",
            individualPlanning = new { kind = "RegistrationStatus", purpose = "Är personen inskriven?" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("consent", problem!["errors"]!["personalIdentityNumber"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Example_3_disability_coding_with_evidence_goes_through_a_supplement_round_and_is_coded()
    {
        using var contact = Hub.As("kp-16");
        await contact.RegisterConsentAsync("195704289999", "DisabilityCoding");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% läkarintyg\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var certificate = await contact.UploadAsync("läkarintyg.pdf", pdf);
        var id = await contact.SubmitAsync(new
        {
            caseType = "DisabilityCoding",
            personalIdentityNumber = "195704289999",
            disabilityCoding = new
            {
                categories = new[] { "Cognitive", "MentalIllHealth" },
                effectOnWork = "Klarar fyra timmar per dag med tydlig struktur och få avbrott.",
                evidence = new object[]
                {
                    new { type = "MedicalCertificate", author = "Dr Eva Läkare", titleOrAgency = "Vårdcentralen Farsta", date = Today.AddDays(-20), attachmentId = certificate },
                    new { type = "NeuropsychiatricAssessment", author = "Psykolog Ali Nord", titleOrAgency = "Habiliteringen", date = Today.AddMonths(-4) },
                },
            },
        });
        using var officer = await RoutedAndClaimedAsync(contact, id);

        // AF asks for more evidence; the contact person supplements.
        await officer.ActAsync(id, "supplement-request", new { question = "Finns en aktuell arbetsförmågebedömning?" });
        Assert.Equal("AwaitingSupplement", (await contact.GetCaseAsync(id))["status"]!.GetValue<string>());
        await contact.ActAsync(id, "supplement", new { answer = "Ja, arbetsterapeutens bedömning från oktober skickas via säker post." });

        var view = await officer.GetCaseAsync(id);
        var attachmentId = view["attachments"]![0]!["id"]!.GetValue<Guid>();
        Assert.Equal(pdf, await officer.DownloadAsync($"/api/v1/cases/{id}/attachments/{attachmentId}"));
        await officer.ActAsync(id, "decision", new { outcome = "Coded", category = "Cognitive" });

        var seen = await contact.GetCaseAsync(id);
        Assert.Equal("Coded", seen["outcome"]!.GetValue<string>());
        Assert.Equal("Cognitive", seen["decision"]!["category"]!.GetValue<string>());
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM audit_log WHERE "Action" = 'ReadAttachment' AND "CaseId" = @id AND "ActorId" = @officer""",
            ("id", id), ("officer", officer.UserId)));
    }

    [Fact]
    public async Task Example_4_a_wage_subsidy_at_75_percent_and_24000_kr_is_granted_for_at_most_a_year_on_the_ceiling()
    {
        using var contact = Hub.As("kp-19");
        await contact.RegisterConsentAsync("194608239986", "WageSubsidy");
        var start = Today.AddDays(30);
        var id = await contact.SubmitAsync(WageSubsidy("194608239986", "Employment", start, requestedMonths: 12));
        using var officer = await RoutedAndClaimedAsync(contact, id);

        var (tooLong, problem) = await officer.PostAsync($"/api/v1/cases/{id}/decision", new { outcome = "Granted", grantedMonths = 13, subsidyPercent = 80 });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong);
        Assert.Contains("12", problem!["errors"]!["grantedMonths"]![0]!.GetValue<string>());

        await officer.ActAsync(id, "decision", new { outcome = "Granted", grantedMonths = 12, subsidyPercent = 80 });
        var decision = (await contact.GetCaseAsync(id))["decision"]!;
        Assert.Equal(15000m, decision["subsidyBasis"]!.GetValue<decimal>());   // 20 000 kr ceiling × 75 %
        Assert.Equal(12000m, decision["monthlySubsidy"]!.GetValue<decimal>()); // 80 % of the basis
        Assert.Equal(start, DateOnly.Parse(decision["start"]!.GetValue<string>()));
        Assert.Equal(start.AddMonths(12).AddDays(-1), DateOnly.Parse(decision["end"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Example_5_an_extension_near_the_end_date_is_granted_within_the_total_cap_or_refused_with_a_plan()
    {
        using var contact = Hub.As("kp-20");
        await contact.RegisterConsentAsync("200004059937", "WageSubsidy");
        var extension = await contact.SubmitAsync(WageSubsidy("200004059937", "Employment", Today.AddDays(14), requestedMonths: 12,
            earlier: new { monthsAlreadyGranted = 84, earlierDecisionReference = "AF-LB-2019-0042" }));
        using var officer = await RoutedAndClaimedAsync(contact, extension);
        await officer.ActAsync(extension, "decision", new { outcome = "Granted", grantedMonths = 12, subsidyPercent = 70 });
        Assert.Equal("Granted", (await contact.GetCaseAsync(extension))["outcome"]!.GetValue<string>());

        // A development subsidy already at its 24-month total cannot be extended; AF answers with a plan instead.
        var capped = await contact.SubmitAsync(WageSubsidy("200004059937", "Development", Today.AddDays(14), requestedMonths: 6,
            earlier: new { monthsAlreadyGranted = 18, earlierDecisionReference = "AF-LB-2024-0107" }));
        using var second = await RoutedAndClaimedAsync(contact, capped);
        await second.ActAsync(capped, "decision", new { outcome = "Rejected", explanation = "Plan för osubventionerat arbete: arbetsgivaren övertar lönekostnaden från juni." });
        var seen = await contact.GetCaseAsync(capped);
        Assert.Equal("Rejected", seen["outcome"]!.GetValue<string>());
        Assert.Contains("osubventionerat", seen["decision"]!["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("stockholmskraften", "kp-22", "190901219931")]
    [InlineData("kvinnors-etablering", "kp-23", "198112189876")]
    public async Task Examples_6_and_7_a_referral_into_a_joint_project_ends_enrolled(string project, string contactId, string pnr)
    {
        using var contact = Hub.As(contactId);
        await contact.RegisterConsentAsync(pnr, "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = pnr,
            projectId = project,
            individualPlanning = new { kind = "ActionPlanRequest", purpose = "Remiss till projektet; inskriven hos AF sedan 2022." },
        });
        using var officer = await RoutedAndClaimedAsync(contact, id);
        await officer.ActAsync(id, "decision", new { outcome = "Enrolled", explanation = "Deltagare från nästa vecka." });

        var seen = await contact.GetCaseAsync(id);
        Assert.Equal(project, seen["projectId"]!.GetValue<string>());
        Assert.Equal("Enrolled", seen["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Example_8_a_SIUS_request_with_a_disability_code_and_a_job_offer_gets_SIUS_assigned()
    {
        using var contact = Hub.As("kp-25");
        await contact.RegisterConsentAsync("190905271474", "GeneralQuestion");
        var id = await contact.SubmitAsync(new
        {
            caseType = "GeneralQuestion",
            personalIdentityNumber = "190905271474",
            generalQuestion = new { topic = "SupportRequest", question = "SIUS önskas: funktionshinderkod finns (AF-FK-2025-311), anställningserbjudande från Bageri AB." },
        });
        using var officer = await RoutedAndClaimedAsync(contact, id);
        await officer.ActAsync(id, "decision", new { outcome = "SupportAssigned", explanation = "SIUS-konsulent tilldelad från 1 mars." });

        Assert.Equal("SupportAssigned", (await contact.GetCaseAsync(id))["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Example_9_cases_closed_to_work_studies_and_re_referral_keep_their_closure_reason()
    {
        using var contact = Hub.As("kp-28");
        foreach (var reason in new[] { "Work", "Studies", "ReReferred" })
        {
            var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Efforts", question = $"Avslut: {reason}" } });
            using var officer = await RoutedAndClaimedAsync(contact, id);
            await officer.ActAsync(id, "decision", new { outcome = "Answered", explanation = "Avslutas." });
            await officer.ActAsync(id, "close", new { closureReason = reason });

            var seen = await contact.GetCaseAsync(id);
            Assert.Equal("Closed", seen["status"]!.GetValue<string>());
            Assert.Equal(reason, seen["closureReason"]!.GetValue<string>());
            Assert.Contains(reason, await Hub.Database.ScalarAsync<string>(
                """SELECT "Body" FROM outbox WHERE "MessageType" = 'CaseClosed' AND "Body" LIKE @p""", ("p", $"%{id}%")));
        }
    }

    [Fact]
    public async Task Example_10_a_person_with_protected_identity_is_refused_digitally_and_told_to_phone_AF()
    {
        using var contact = Hub.As("kp-30");
        var (status, problem) = await contact.PostAsync("/api/v1/cases", new
        {
            caseType = "GeneralQuestion", personalIdentityNumber = "190905271474", protectedIdentity = true,
            generalQuestion = new { topic = "Other", question = "Skyddad identitet" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("telephone", problem!["errors"]!["protectedIdentity"]![0]!.GetValue<string>());
    }

    private static object WageSubsidy(string pnr, string form, DateOnly start, int requestedMonths, object? earlier = null) => new
    {
        caseType = "WageSubsidy",
        personalIdentityNumber = pnr,
        wageSubsidy = new
        {
            form,
            employerOrganisationNumber = "556036-0793",
            workplace = "Bageriet på Söder",
            occupationCode = "9412",
            extentPercent = 75,
            grossMonthlyWage = 24000m,
            startDate = start,
            requestedMonths,
            disabilityCodeReference = "AF-FK-2025-0311",
            unionConsulted = true,
            adaptationPlan = "Anpassade arbetstider och en handledare de första månaderna.",
            earlier,
        },
    };
}
