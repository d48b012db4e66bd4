using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Indicators;

/// <summary>
/// One production-shaped hub with a small, known year of work done through the API: cases submitted, handled and
/// closed to work, studies, other and re-referred in two units whose names have å/ä/ö, a project referral, a supplement
/// round-trip, an open case and two refusals. The API's suppression threshold is 1 so the figures can be checked
/// exactly; suppression itself is checked through <c>khub export</c> with the default threshold.
/// </summary>
public sealed class IndicatorHub : IAsyncLifetime
{
    public HubDeployment Hub { get; private set; } = null!;
    public int Year { get; } = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).Year;
    public List<string> PersonalIdentityNumbers { get; } = [];
    public List<string> FreeTexts { get; } = [];
    public Guid WorkClosedCase { get; private set; }

    private int _birth = 100;

    public async Task InitializeAsync()
    {
        var indicators = new Dictionary<string, string> { ["Hub__Indicators__SuppressionThreshold"] = "1" };
        Hub = await HubDeployment.CreateAsync();
        await Hub.StartWorkerAsync(indicators);
        await Hub.StartApiAsync(indicators);

        // Jobbtorg Söder (kp-04): a woman to work (through Kvinnors etablering), a woman to studies (after a supplement
        // round-trip), a man to other; an open case. Ekonomiskt bistånd Skärholmen (kp-22): a woman to work, a man
        // re-referred, a man to work.
        WorkClosedCase = await CloseAsync("kp-04", woman: true, "Work", project: "kvinnors-etablering");
        await CloseAsync("kp-04", woman: true, "Studies", supplement: true);
        await CloseAsync("kp-04", woman: false, "Other");
        await SubmitAsync("kp-04", woman: false);
        await CloseAsync("kp-22", woman: true, "Work");
        await CloseAsync("kp-22", woman: false, "ReReferred");
        await CloseAsync("kp-22", woman: false, "Work");

        using var söder = Hub.As("kp-04");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await söder.PostAsync("/api/v1/cases", new
        {
            caseType = "IndividualPlanning", protectedIdentity = true, personalIdentityNumber = Person(true),
            individualPlanning = new { kind = "ActionPlanRequest", purpose = "Skyddad" },
        })).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await söder.PostAsync("/api/v1/cases", new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = Person(false),
            individualPlanning = new { kind = "ActionPlanRequest", purpose = "Utan samtycke" },
        })).Status);
        await söder.ActAsync(WorkClosedCase, "follow-ups", new { kind = "FollowUp3Months", inWorkOrStudies = true });

        await WaitForProjectionAsync();
    }

    /// <summary>Waits until every projected event in the outbox is published and in the reporting history.</summary>
    public async Task WaitForProjectionAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var pending = await Hub.Database.ScalarAsync<long>("""
                SELECT count(*) FROM outbox o WHERE "MessageType" <> 'FollowUpDue'
                  AND NOT EXISTS (SELECT 1 FROM reporting_events r WHERE r."MessageId" = o."MessageId")
                """);
            if (pending == 0) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The reporting projection did not catch up with the outbox.");
    }

    private string Person(bool woman)
    {
        // 1985-03-14, birth numbers counting up: the third digit odd for a man, even for a woman; Luhn check digit.
        var birth = ++_birth;
        if (birth % 2 == (woman ? 1 : 0)) birth = ++_birth;
        var nine = $"850314{birth:000}";
        var sum = nine.Select((ch, i) => (ch - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        var pnr = $"19{nine}{(10 - sum % 10) % 10}";
        PersonalIdentityNumbers.Add(pnr);
        PersonalIdentityNumbers.Add(pnr[2..]);
        return pnr;
    }

    private async Task<(Guid Id, HubClient Officer)> SubmitAsync(string contactPerson, bool woman, string? project = null)
    {
        using var contact = Hub.As(contactPerson);
        var pnr = Person(woman);
        await contact.RegisterConsentAsync(pnr, "IndividualPlanning");
        var purpose = $"Planering inför arbetsträning {FreeTexts.Count}";
        FreeTexts.Add(purpose);
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = pnr, projectId = project,
            individualPlanning = new { kind = "ActionPlanRequest", purpose },
        });
        var officerId = (await contact.WaitForStatusAsync(id, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        var officer = Hub.As(officerId);
        await officer.ActAsync(id, "claim", new { });
        return (id, officer);
    }

    private async Task<Guid> CloseAsync(string contactPerson, bool woman, string reason, string? project = null, bool supplement = false)
    {
        var (id, officer) = await SubmitAsync(contactPerson, woman, project);
        using (officer)
        {
            if (supplement)
            {
                await officer.ActAsync(id, "supplement-request", new { question = "Vilka datum passar för mötet?" });
                using var contact = Hub.As(contactPerson);
                await contact.ActAsync(id, "supplement", new { answer = "Tisdagar passar bäst." });
            }
            var explanation = "Handlingsplanen är skickad till kontaktpersonen.";
            FreeTexts.Add(explanation);
            await officer.ActAsync(id, "decision", project is null
                ? new { outcome = "InformationSent", explanation }
                : new { outcome = "Enrolled", explanation });
            await officer.ActAsync(id, "close", new { closureReason = reason });
        }
        return id;
    }

    public Task DisposeAsync() => Hub.DisposeAsync().AsTask();
}
