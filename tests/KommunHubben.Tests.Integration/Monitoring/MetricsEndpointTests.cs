using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KommunHubben.AfSimulator;
using KommunHubben.Tests.Integration.Infrastructure;
using KommunHubben.Tests.Monitoring;

namespace KommunHubben.Tests.Integration.Monitoring;

/// <summary>
/// The monitoring an operator sets up from ops/monitoring works against a real hub: after a case went from submission
/// to decision (and to AF), the /metrics scrapes of the API, the workflow worker and the AF gateway worker together
/// contain every metric the Grafana dashboard and the alert rules query; /metrics answers only on the management port
/// (with the scrape token where one is set); and no metric carries a personnummer or a case id.
/// </summary>
public sealed partial class MetricsEndpointTests : IAsyncLifetime
{
    private const string Personnummer = "20000229-2399";
    private const string ScrapeToken = "test-scrape-token-0123456789";
    private static readonly string Monitoring = Path.Combine(RepositoryPaths.Root, "ops", "monitoring");

    private AfGatewayDeployment _deployment = null!;
    private readonly int _workerMetrics = HubProcess.FreePort();
    private readonly int _gatewayMetrics = HubProcess.FreePort();
    private readonly int _apiMetrics = HubProcess.FreePort();

    private static Dictionary<string, string> MetricsOn(int port) => new()
    {
        ["Hub__Telemetry__Metrics__Port"] = port.ToString(),
        ["Hub__Telemetry__Metrics__QueueDepthInterval"] = "00:00:01",
    };

    public async Task InitializeAsync()
    {
        var af = await AfSimulatorServer.StartAsync(new AfSimulatorOptions { ApiKey = AfGatewayDeployment.ApiKey });
        var hub = await HubDeployment.CreateAsync();
        _deployment = new AfGatewayDeployment { Hub = hub, Af = af };
        await hub.StartWorkerAsync(MetricsOn(_workerMetrics));
        await _deployment.StartGatewayAsync(MetricsOn(_gatewayMetrics));
        var api = MetricsOn(_apiMetrics);
        api["Hub__Telemetry__Metrics__ScrapeToken"] = ScrapeToken;
        api["Hub__AfGateway__Webhook__Secret"] = AfGatewayDeployment.WebhookSecret;
        await hub.StartApiAsync(api);
    }

    public Task DisposeAsync() => _deployment.DisposeAsync().AsTask();

    [Fact]
    public async Task After_a_case_was_decided_the_scrapes_hold_every_metric_the_dashboard_and_the_alerts_query()
    {
        var hub = _deployment.Hub;
        using var contact = hub.As("kp-01");
        await contact.RegisterConsentAsync(Personnummer, "IndividualPlanning");
        var id = await contact.SubmitAsync(new
        {
            caseType = "IndividualPlanning",
            personalIdentityNumber = Personnummer,
            individualPlanning = new { kind = "JointPlanningMeeting", purpose = "Planeringsmöte", proposedMeetingTimes = new[] { DateTime.UtcNow.AddDays(7) } },
        });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = hub.As(routed["assignedOfficerId"]!.GetValue<string>());
        await officer.ActAsync(id, "claim", new { });
        await officer.ActAsync(id, "decision", new { outcome = "InformationSent", explanation = "Handlingsplan skickad." });
        await _deployment.WaitForForwardedAsync(1, TimeSpan.FromSeconds(60));

        var wanted = QueriedMetricNames();
        Assert.Contains("khub_queue_messages", wanted);
        Assert.Contains("khub_af_gateway_circuit_open", wanted);

        // The decision's lead time is recorded by the worker after its notice committed: poll until every name is there.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        Dictionary<string, string> scrapes;
        HashSet<string> missing;
        do
        {
            scrapes = await ScrapeAllAsync();
            var present = scrapes.Values.SelectMany(PromQlMetricNames.InScrape).ToHashSet();
            missing = wanted.Where(n => !present.Contains(n)).ToHashSet();
            if (missing.Count == 0) break;
            await Task.Delay(500);
        } while (DateTime.UtcNow < deadline);

        SaveForInspection(scrapes);
        Assert.True(missing.Count == 0, "Queried by ops/monitoring but in no scrape: " + string.Join(", ", missing.Order()));
        Assert.Matches(LeadTimeSample("routed"), scrapes["worker"]);
        Assert.Matches(LeadTimeSample("decided"), scrapes["worker"]);
        Assert.Matches(@"khub_queue_messages\{[^}]*queue=""khub-route-case_error""[^}]*\} 0", scrapes["worker"]);

        // Ids and codes only, and no id at all as a label: not the person, not the case.
        foreach (var (host, text) in scrapes)
        {
            foreach (var form in new[] { "20000229", "0002292399", "000229-2399" }) Assert.DoesNotContain(form, text);
            Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("kp-01", text);
            Assert.False(string.IsNullOrEmpty(host));
        }
    }

    [Fact]
    public async Task Metrics_answer_only_on_the_management_port_and_there_only_with_the_scrape_token()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        // The API's public port has no /metrics when a management port is configured.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(_deployment.Hub.ApiAddress, "/metrics"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(_deployment.GatewayAddress, "/metrics"))).StatusCode);
        // The management port answers /metrics and nothing else (no API, no health, no pages).
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{_apiMetrics}/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{_workerMetrics}/health")).StatusCode);
        // The API's scrape needs its token.
        var anonymous = await http.GetAsync($"http://127.0.0.1:{_apiMetrics}/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_apiMetrics}/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        var api = await ScrapeAsync(http, _apiMetrics, ScrapeToken);
        Assert.Contains("http_server_request_duration_seconds", api);
        Assert.Contains("khub_queue_messages", await ScrapeAsync(http, _workerMetrics, null));
    }

    /// <summary>Metric names in every expression of the dashboard and the alert rules.</summary>
    private static HashSet<string> QueriedMetricNames()
    {
        var dashboard = PromQlMetricNames.DashboardExpressions(File.ReadAllText(Path.Combine(Monitoring, "grafana-dashboard.json")));
        var alerts = AlertExpression().Matches(File.ReadAllText(Path.Combine(Monitoring, "alert-rules.yaml"))).Select(m => m.Groups[1].Value.Trim());
        return dashboard.Concat(alerts).SelectMany(PromQlMetricNames.Of).Where(n => !PromQlMetricNames.IsMadeByPrometheus(n)).ToHashSet();
    }

    private async Task<Dictionary<string, string>> ScrapeAllAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return new Dictionary<string, string>
        {
            ["api"] = await ScrapeAsync(http, _apiMetrics, ScrapeToken),
            ["worker"] = await ScrapeAsync(http, _workerMetrics, null),
            ["gateway"] = await ScrapeAsync(http, _gatewayMetrics, null),
        };
    }

    private static async Task<string> ScrapeAsync(HttpClient http, int port, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/metrics");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static void SaveForInspection(Dictionary<string, string> scrapes)
    {
        var dir = Path.Combine(RepositoryPaths.Root, "artifacts", "monitoring");
        Directory.CreateDirectory(dir);
        foreach (var (host, text) in scrapes) File.WriteAllText(Path.Combine(dir, $"scrape-{host}.txt"), text);
    }

    private static string LeadTimeSample(string stage) => $@"khub_case_lead_time_seconds_count\{{[^}}]*stage=""{stage}""[^}}]*\}} 1";

    [GeneratedRegex(@"^\s*expr:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex AlertExpression();
}
