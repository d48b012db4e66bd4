using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Browser.Infrastructure;

/// <summary>
/// A known year of work for the coordinator's pages, done through the API on the coordinator tests' own hub (no other
/// test closes a case there, see <see cref="CoordinatorCollection"/>): in the unit of kp-31 and kp-32, 10 women closed
/// (5 to work, 5 to other), 10 men closed (5 to studies, 5 to other) and 1 man re-referred; and one claimed, still open case per coach. With the default
/// suppression threshold 5 the indicator is then exactly: women 10 closed / 5 to work or studies / 50,0 %, men the
/// same, total 20 / 10 / 50,0 %, re-referred 1 — hidden as "–". Seeded once for all the coordinator tests.
/// </summary>
public sealed class CoordinatorFigures
{
    public const string CoachA = "kp-31";
    public const string CoachB = "kp-32";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static CoordinatorFigures? _seeded;

    public required string UnitId { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<string> PersonalIdentityNumbers { get; init; }
    public required IReadOnlyList<string> FreeTexts { get; init; }

    public static async Task<CoordinatorFigures> SeededAsync(BrowserHub hub)
    {
        await Once.WaitAsync();
        try { return _seeded ??= await SeedAsync(hub.Hub); }
        finally { Once.Release(); }
    }

    private static async Task<CoordinatorFigures> SeedAsync(HubDeployment hub)
    {
        var plans = new List<(string Coach, bool Woman, string? Closure)>();
        for (var i = 0; i < 5; i++)
        {
            plans.Add((CoachA, true, "Work"));
            plans.Add((CoachB, true, "Other"));
            plans.Add((CoachA, false, "Studies"));
            plans.Add((CoachB, false, "Other"));
        }
        plans.Add((CoachA, false, "ReReferred"));
        plans.Add((CoachA, true, null));
        plans.Add((CoachB, false, null));

        var people = plans.Select((p, i) => Person(i, p.Woman)).ToList();
        var texts = plans.Select((_, i) => $"Planering inför praktik hos arbetsgivare {i}").ToList();
        using var gate = new SemaphoreSlim(6);
        await Task.WhenAll(plans.Select(async (plan, i) =>
        {
            await gate.WaitAsync();
            try { await WorkAsync(hub, plan.Coach, people[i], texts[i], plan.Closure); }
            finally { gate.Release(); }
        }));
        await WaitForProjectionAsync(hub);

        var stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        return new CoordinatorFigures
        {
            UnitId = await hub.Database.ScalarAsync<string>("""SELECT "UnitId" FROM users WHERE "Id" = @id""", ("id", CoachA)),
            Year = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, stockholm).Year,
            PersonalIdentityNumbers = people,
            FreeTexts = texts,
        };
    }

    /// <summary>Consent, submission, routing, claim; then decision and closure with the reason, unless it stays open.</summary>
    private static async Task WorkAsync(HubDeployment hub, string coach, string person, string purpose, string? closure)
    {
        using var contact = hub.As(coach);
        await contact.RegisterConsentAsync(person, "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = person,
            individualPlanning = new { kind = "ActionPlanRequest", purpose },
        });
        var officerId = (await contact.WaitForStatusAsync(id, "Routed", TimeSpan.FromSeconds(60)))["assignedOfficerId"]!.GetValue<string>();
        using var officer = hub.As(officerId);
        // Claimed even when it stays open, so no other test's "claim next" picks it up.
        await officer.ActAsync(id, "claim", new { });
        if (closure is null) return;
        await officer.ActAsync(id, "decision", new { outcome = "InformationSent", explanation = "Handlingsplanen är skickad." });
        await officer.ActAsync(id, "close", new { closureReason = closure });
    }

    /// <summary>1979-08-21 with birth numbers from 600: the third digit even for a woman, odd for a man; Luhn check digit.</summary>
    private static string Person(int index, bool woman)
    {
        var birth = 600 + 2 * index + (woman ? 0 : 1);
        var nine = $"790821{birth:000}";
        var sum = nine.Select((ch, i) => (ch - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"19{nine}{(10 - sum % 10) % 10}";
    }

    /// <summary>Until every projected event in the outbox is published and in the reporting history.</summary>
    private static async Task WaitForProjectionAsync(HubDeployment hub)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var pending = await hub.Database.ScalarAsync<long>("""
                SELECT count(*) FROM outbox o WHERE "MessageType" <> 'FollowUpDue'
                  AND NOT EXISTS (SELECT 1 FROM reporting_events r WHERE r."MessageId" = o."MessageId")
                """);
            if (pending == 0) return;
            await Task.Delay(200);
        }
        throw new TimeoutException("The reporting projection did not catch up with the outbox.");
    }
}
