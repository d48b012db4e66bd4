using System.Net;
using System.Net.Http.Json;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// Every endpoint × every role × own/other unit, asserting the status code. "Allowed" rows assert only that access
/// was not refused (401/403/404): what follows depends on the case's state and is tested elsewhere. A contact person
/// asking for another unit's case gets 404, never 403, so existence is not revealed.
/// </summary>
public sealed class AuthorizationMatrixTests : RunningHubTest
{
    private const int Allowed = 0;
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private sealed record Row(string Method, string Path, string? User, int Expected, object? Body = null);

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_the_access_rules_say()
    {
        using var own = Hub.As("kp-01");
        await own.RegisterConsentAsync("190905271474", "IndividualPlanning");
        var caseId = await own.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = "190905271474",
            individualPlanning = new { kind = "ActionPlanRequest", purpose = "Behörighetsprov" },
        });
        var holder = (await own.WaitForStatusAsync(caseId, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        var other = new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != holder);
        var consentId = (await own.PostAsync("/api/v1/consents/lookup", new { personalIdentityNumber = "190905271474" })).Body![0]!["id"]!.GetValue<Guid>();
        string[] everyone = ["kp-01", "kp-04", holder, other, "coord-1", "admin-1"];
        string[] notContactPersons = [holder, other, "coord-1", "admin-1"];
        string[] notOfficers = ["kp-01", "kp-04", "coord-1", "admin-1"];
        string[] notAdmins = ["kp-01", "kp-04", holder, "coord-1"];
        var c = $"/api/v1/cases/{caseId}";
        var r = $"/api/v1/case-references/{(await own.GetCaseAsync(caseId))["reference"]!.GetValue<string>()}";

        var rows = new List<Row>
        {
            new("GET", "/health", null, 200), new("GET", "/openapi/v1.json", null, 200),
            new("GET", "/api/v1/me", null, 401), new("GET", "/api/v1/me", "nobody", 401),
            new("GET", "/api/v1/cases", null, 401), new("GET", c, null, 401), new("POST", "/api/v1/cases", null, 401, new { }),
            new("GET", "/api/v1/cases", "kp-01", 200), new("GET", "/api/v1/cases", "kp-04", 200),
            new("GET", c, "kp-01", 200), new("GET", c, "kp-04", 404), new("GET", c, holder, 200), new("GET", c, other, 200),
            new("GET", c, "coord-1", 404), new("GET", c, "admin-1", 404),
            new("GET", r, null, 401), new("GET", r, "kp-01", 200), new("GET", r, "kp-04", 404), new("GET", r, holder, 200),
            new("GET", r, other, 200), new("GET", r, "coord-1", 404), new("GET", r, "admin-1", 404),
            new("GET", $"{c}/attachments/{Guid.NewGuid()}", "kp-04", 404),
            new("GET", $"{c}/receipt", "kp-01", 200), new("GET", $"{c}/receipt", "kp-04", 404), new("GET", $"{c}/receipt", holder, 404),
            new("POST", $"{c}/supplement", "kp-04", 404, new { answer = "x" }), new("POST", $"{c}/withdraw", "kp-04", 404, new { }),
            new("POST", $"{c}/supplement", "kp-01", Allowed, new { answer = "x" }),
            new("POST", $"{c}/decision", other, 403, new { outcome = "Declined", explanation = "x" }),
            new("POST", $"{c}/supplement-request", other, 403, new { question = "x" }),
            new("POST", $"{c}/hand-over", other, 403, new { toOfficerId = holder, explanation = "x" }),
            new("POST", $"{c}/close", other, 403, new { closureReason = "Work" }),
            new("POST", "/api/v1/consents", "kp-01", Allowed, new { }),
            new("POST", $"/api/v1/consents/{consentId}/withdraw", "kp-04", 404, new { }),
            new("POST", "/api/v1/officers/af-david/absences", "admin-1", Allowed, new { }),
            new("POST", "/api/v1/officers/af-david/redistribute", "admin-1", 200, new { }),
            new("GET", "/api/v1/audit", "admin-1", 200),
            new("PUT", "/api/v1/audit", "admin-1", 405, new { }), new("DELETE", "/api/v1/audit", "admin-1", 405),
        };
        foreach (var user in everyone)
        {
            rows.Add(new("GET", "/api/v1/me", user, 200));
            rows.Add(new("GET", "/api/v1/notifications", user, 200));
        }
        foreach (var user in notContactPersons)
        {
            rows.Add(new("GET", "/api/v1/cases", user, 403));
            rows.Add(new("POST", "/api/v1/cases", user, 403, new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "x" } }));
            rows.Add(new("POST", "/api/v1/consents", user, 403, new { }));
            rows.Add(new("POST", "/api/v1/consents/lookup", user, 403, new { personalIdentityNumber = "190905271474" }));
            rows.Add(new("POST", $"/api/v1/consents/{consentId}/withdraw", user, 403, new { }));
            rows.Add(new("POST", $"{c}/supplement", user, 403, new { answer = "x" }));
            rows.Add(new("POST", $"{c}/withdraw", user, 403, new { }));
        }
        foreach (var user in notOfficers)
        {
            rows.Add(new("GET", "/api/v1/queue", user, 403));
            rows.Add(new("GET", "/api/v1/queue/shared", user, 403));
            rows.Add(new("POST", "/api/v1/queue/claim-next", user, 403, new { }));
            foreach (var action in new[] { "claim", "supplement-request", "decision", "close", "reject", "hand-over", "release" })
                rows.Add(new("POST", $"{c}/{action}", user, 403, new { }));
        }
        foreach (var user in notAdmins)
        {
            rows.Add(new("GET", "/api/v1/audit", user, 403));
            rows.Add(new("POST", "/api/v1/officers/af-david/absences", user, 403, new { from = "2030-01-01", to = "2030-01-02" }));
            rows.Add(new("POST", "/api/v1/officers/af-david/redistribute", user, 403, new { }));
        }
        rows.Add(new("GET", "/api/v1/officers", "kp-01", 403));
        foreach (var user in new[] { holder, "coord-1", "admin-1" }) rows.Add(new("GET", "/api/v1/officers", user, 200));
        foreach (var user in new[] { holder, other }) rows.Add(new("GET", "/api/v1/queue", user, 200));

        var failures = new List<string>();
        using var http = new HttpClient { BaseAddress = Hub.ApiAddress };
        foreach (var row in rows)
        {
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
            if (row.User is not null) request.Headers.Add("X-Demo-User", row.User);
            if (row.Body is not null) request.Content = JsonContent.Create(row.Body);
            using var response = await http.SendAsync(request);
            var ok = row.Expected == Allowed ? !Refusals.Contains(response.StatusCode) : (int)response.StatusCode == row.Expected;
            if (!ok) failures.Add($"{row.Method} {row.Path} as {row.User ?? "anonymous"}: expected {(row.Expected == Allowed ? "access" : row.Expected)}, got {(int)response.StatusCode}");
        }

        Assert.True(rows.Count >= 100, $"The matrix has only {rows.Count} rows.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_read_of_personal_details_and_every_change_is_in_the_audit_log_and_answers_carry_security_headers()
    {
        using var contact = Hub.As("kp-02");
        await contact.RegisterConsentAsync("200002292399", "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning", personalIdentityNumber = "200002292399",
            individualPlanning = new { kind = "DailyNotes", purpose = "Revision" },
        });
        var officerId = (await contact.WaitForStatusAsync(id, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        using var officer = Hub.As(officerId);
        await officer.ActAsync(id, "claim", new { });
        // Once claimed, the case is the holder's: another officer no longer sees its personal details.
        using (var colleague = Hub.As(new[] { "af-anna", "af-bilal", "af-cecilia", "af-david" }.First(o => o != officerId)))
            Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/cases/{id}")).Status);
        await officer.ActAsync(id, "decision", new { outcome = "InformationSent", explanation = "Skickat." });
        using var http = new HttpClient { BaseAddress = Hub.ApiAddress };
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases/{id}");
        read.Headers.Add("X-Demo-User", officerId);
        read.Headers.Add("X-Access-Reason", Uri.EscapeDataString("handläggning av ärendet"));
        using var response = await http.SendAsync(read);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        using var admin = Hub.As("admin-1");
        var (_, log) = await admin.GetAsync($"/api/v1/audit?caseId={id}&pageSize=100");
        var entries = log!["items"]!.AsArray().Select(e => (Actor: e!["actorId"]!.GetValue<string>(), Action: e["action"]!.GetValue<string>(), Reason: e["reason"]!.GetValue<string>())).ToList();
        Assert.Contains(("kp-02", "SubmitCase", "case submitted"), entries);
        Assert.Contains(entries, e => e.Actor == officerId && e.Action == "Claim");
        Assert.Contains(entries, e => e.Actor == officerId && e.Action == "Decide");
        Assert.Contains((officerId, "ReadPersonalDetails", "handläggning av ärendet"), entries);
        var (_, byActor) = await admin.GetAsync($"/api/v1/audit?actor={officerId}&action=ReadPersonalDetails");
        Assert.All(byActor!["items"]!.AsArray(), e => Assert.Equal("ReadPersonalDetails", e!["action"]!.GetValue<string>()));
    }
}
