using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// Every JSON entry of the API meets broken JSON, a wrong content type, an absurd nesting depth and an oversized body:
/// each is refused with a 4xx problem (never a 500, never HTML), and the hub goes on working. Text carrying SQL,
/// script, bidi overrides and zero-width characters is stored inertly and comes back byte for byte as JSON.
/// (MalformedSubmissionTests covers each field's rules, NUL characters and the upload names.)
/// </summary>
public sealed class HostileRequestTests(SharedHub shared) : IClassFixture<SharedHub>
{
    private static readonly Guid SomeCase = Guid.NewGuid();

    /// <summary>Every POST that takes a JSON body, as (user, path).</summary>
    public static TheoryData<string, string> JsonEntries => new()
    {
        { "kp-20", "/api/v1/cases" },
        { "kp-20", "/api/v1/consents" },
        { "kp-20", "/api/v1/consents/lookup" },
        { "kp-20", $"/api/v1/cases/{SomeCase}/supplement" },
        { "af-anna", $"/api/v1/cases/{SomeCase}/decision" },
        { "af-anna", $"/api/v1/cases/{SomeCase}/supplement-request" },
        { "af-anna", $"/api/v1/cases/{SomeCase}/hand-over" },
        { "admin-1", "/api/v1/officers/af-anna/absences" },
    };

    private static readonly string[] HostileBodies = ["broken JSON", "wrong content type", "deep nesting", "huge body", "JSON array"];

    [Theory]
    [MemberData(nameof(JsonEntries))]
    public async Task Hostile_bodies_are_refused_with_a_problem_never_a_500(string user, string path)
    {
        using var http = Client(user);
        foreach (var kind in HostileBodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(kind) };
            // Lets the server refuse an oversized body by its Content-Length before it is sent.
            request.Headers.ExpectContinue = kind == "huge body";
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request);
            }
            catch (HttpRequestException) when (kind == "huge body")
            {
                continue; // refused by closing the connection mid-upload: also a refusal; the API must still be up (below)
            }
            using var _ = response;
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"{kind} to {path}: {status} {text[..Math.Min(300, text.Length)]}");
            Assert.DoesNotContain("text/html", response.Content.Headers.ContentType?.MediaType ?? "");
            Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.False(shared.Hub.Api!.HasExited);
        using var still = Client("kp-20");
        Assert.Equal(HttpStatusCode.OK, (await still.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task Injection_and_unicode_tricks_in_text_are_stored_inertly_and_returned_as_json_byte_for_byte()
    {
        string[] hostile =
        [
            "'; DROP TABLE cases; --",
            "\" OR 1=1; SELECT * FROM audit_log --",
            "<script>alert('x')</script><img src=x onerror=alert(1)>",
            "Fil\u202Efdp.exe och \u2066dold\u2069 text",
            "noll\u200Bbredd\u200D\uFEFF och 😀 e\u0301",
        ];
        using var contact = shared.Hub.As("kp-21");
        var stored = 0;
        foreach (var text in hostile)
        {
            var (status, body) = await contact.PostAsync("/api/v1/cases",
                new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = text } });
            if (status == HttpStatusCode.BadRequest)
            {
                // Refused is fine too, if the problem names the field.
                Assert.Contains("generalQuestion.question", body!.ToJsonString());
                continue;
            }
            Assert.Equal(HttpStatusCode.Created, status);
            var read = await contact.GetCaseAsync(body!["id"]!.GetValue<Guid>());
            Assert.Equal(text, FindString(read, "question"));
            stored++;
        }
        Assert.True(stored >= 3, $"only {stored} of the hostile texts were accepted; SQL and script text are ordinary text");
        Assert.True(await shared.Hub.Database.ScalarAsync<long>("SELECT count(*) FROM cases") >= stored);

        // And it is JSON that comes back, not a page that could run the script.
        using var http = Client("kp-21");
        using var list = await http.GetAsync("/api/v1/cases");
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", list.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static string? FindString(JsonNode node, string key) => node switch
    {
        JsonObject o => o.Select(p => p.Key == key && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value is null ? null : FindString(p.Value, key))
            .FirstOrDefault(s => s is not null),
        JsonArray a => a.Select(i => i is null ? null : FindString(i, key)).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private HttpClient Client(string user) => new()
    {
        BaseAddress = shared.Hub.ApiAddress,
        DefaultRequestHeaders = { { "X-Demo-User", user } },
        Timeout = TimeSpan.FromSeconds(60),
    };

    private static HttpContent Body(string kind)
    {
        var json = new MediaTypeHeaderValue("application/json");
        return kind switch
        {
            "broken JSON" => new StringContent("{\"caseType\": \"GeneralQuestion\", \"generalQuestion\": {\"topic\": ", Encoding.UTF8, json),
            "wrong content type" => new StringContent("caseType=GeneralQuestion&question=hej", Encoding.UTF8, "text/plain"),
            "deep nesting" => new StringContent("{\"a\":" + new string('[', 20_000) + new string(']', 20_000) + "}", Encoding.UTF8, json),
            // Past Kestrel's 30 MB request-body limit.
            "huge body" => new StringContent("{\"caseType\":\"" + new string('x', 31 * 1024 * 1024) + "\"}", Encoding.UTF8, json),
            "JSON array" => new StringContent("[1,2,3]", Encoding.UTF8, json),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
