using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Hosting;

/// <summary>
/// Client errors are not server errors, and a hub at rest is quiet: the log is where an operator looks for trouble,
/// so a stranger must not be able to fill it with error entries and stack traces, and the AF polling must not bury
/// what matters. Measured on the embedded default (`dotnet run`), whose console log is what a developer sees.
/// </summary>
public sealed partial class QuietLogTests : IAsyncLifetime
{
    private const string Marker = "NOT-A-NUMBER-7e3f";
    private EmbeddedHub _hub = null!;

    public async Task InitializeAsync() => _hub = await EmbeddedHub.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    /// <summary>The simple console formatter starts each entry with its level: "info: Category[id]".</summary>
    [GeneratedRegex(@"^(trce|dbug|info|warn|fail|crit): ")]
    private static partial Regex EntryStart();

    [Fact]
    public async Task A_hundred_malformed_requests_are_answered_400_and_leave_no_error_entry_and_one_short_line_each_at_most()
    {
        using var http = new HttpClient { BaseAddress = _hub.Address, Timeout = TimeSpan.FromSeconds(30) };
        var caseId = Guid.NewGuid();
        // Ten kinds of unreadable request, ten of each: broken JSON, wrong value types, a body that is not JSON at
        // all, invalid UTF-8, and a query value of the wrong type (whose value must not reach the log).
        var kinds = new (string User, HttpMethod Method, string Path, byte[]? Body)[]
        {
            ("kp-01", HttpMethod.Post, "/api/v1/cases", Utf8("{\"caseType\":\"GeneralQuestion\",\"generalQuestion\":{")),
            ("kp-01", HttpMethod.Post, "/api/v1/cases", Utf8("{\"caseType\":[1,2,3]}")),
            ("kp-01", HttpMethod.Post, "/api/v1/cases", Utf8("{\"caseType\":\"GeneralQuestion\",\"generalQuestion\":7}")),
            ("kp-01", HttpMethod.Post, "/api/v1/cases", Utf8("hej, det här är ingen JSON")),
            ("kp-01", HttpMethod.Post, "/api/v1/cases", new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D }),
            ("kp-01", HttpMethod.Post, "/api/v1/consents", Utf8("{\"caseTypes\":\"GeneralQuestion\",\"givenOn\":\"igår\"}")),
            ("kp-01", HttpMethod.Post, "/api/v1/consents/lookup", Utf8("{\"personalIdentityNumber\":{\"a\":1}}")),
            ("af-anna", HttpMethod.Post, $"/api/v1/cases/{caseId}/claim", Utf8("{\"expectedVersion\":\"senaste\"}")),
            ("af-anna", HttpMethod.Post, $"/api/v1/cases/{caseId}/decision", Utf8("{\"meetingAt\":\"snart\"}}")),
            ("af-anna", HttpMethod.Get, $"/api/v1/queue?page={Marker}", (byte[]?)null),
        };
        var linesBefore = LogLines().Count;

        for (var round = 0; round < 10; round++)
        {
            foreach (var (user, method, path, body) in kinds)
            {
                using var request = new HttpRequestMessage(method, path);
                request.Headers.Add("X-Demo-User", user);
                if (body is not null)
                    request.Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } };
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode} {text}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(400, JsonNode.Parse(text)!["status"]!.GetValue<int>());
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(2)); // the console log is written a moment after the answer

        var added = LogLines().Skip(linesBefore).ToList();
        var entries = added.Where(l => EntryStart().IsMatch(l)).ToList();
        Assert.DoesNotContain(added, l => l.StartsWith("fail:") || l.StartsWith("crit:"));
        Assert.DoesNotContain(added, l => l.Contains("Exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(added, l => l.Contains(Marker, StringComparison.Ordinal));
        Assert.True(entries.Count <= 100, $"{entries.Count} log entries for 100 refused requests:\n{string.Join('\n', added)}");
        // One entry = its level line and one message line, each short.
        Assert.True(added.Count <= 2 * entries.Count, $"multi-line entries:\n{string.Join('\n', added)}");
        Assert.All(added, l => Assert.True(l.Length <= 200, $"a long line: {l}"));
    }

    [Fact]
    public async Task An_idle_demo_hub_with_cases_at_AF_logs_under_twenty_lines_a_minute_while_it_polls_AF()
    {
        // Cases forwarded to AF and still undecided there are what the gateway polls (every 30 s in the demo).
        using var contact = new HubClient(_hub.Address, "kp-01");
        for (var i = 0; i < 3; i++)
        {
            var id = await contact.SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Routines", question = "Hur bokar vi trepartsmöten?" },
            });
            await contact.WaitForStatusAsync(id, "Routed");
        }
        var simulator = new Uri(SimulatorAddress().Replace("/af/v1/", "/"));
        using var af = new HttpClient { BaseAddress = simulator, Timeout = TimeSpan.FromSeconds(30) };
        // Forwarded, then polled once and AF's first status acknowledged: from here on every poll answers 304.
        await WaitUntilAsync(async () => (await AfCallsAsync(af)).Count(c => c.EndsWith("/acknowledgements")) >= 3, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(5)); // their own lines are written

        var callsBefore = (await AfCallsAsync(af)).Count;
        var linesBefore = LogLines().Count;
        await Task.Delay(TimeSpan.FromSeconds(60));
        var added = LogLines().Skip(linesBefore).ToList();
        var callsDuring = (await AfCallsAsync(af)).Count - callsBefore;

        Assert.True(callsDuring >= 3, $"the gateway polled AF {callsDuring} times in the minute; the test measures nothing without polling");
        Assert.True(added.Count < 20, $"{added.Count} lines in a minute at rest:\n{string.Join('\n', added)}");
    }

    private List<string> LogLines() => _hub.Process.Log.Split('\n').Where(l => l.Length > 0).ToList();

    private string SimulatorAddress() =>
        Regex.Match(_hub.Process.Log, @"AF simulator running in-process at (?<url>http://\S+)").Groups["url"].Value;

    /// <summary>Every call the AF simulator received, as "METHOD path".</summary>
    private static async Task<List<string>> AfCallsAsync(HttpClient af)
    {
        var requests = JsonNode.Parse(await af.GetStringAsync("admin/requests"))!.AsArray();
        return requests.Select(r => $"{r!["method"]} {r["path"]}").ToList();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met in time");
            await Task.Delay(500);
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
