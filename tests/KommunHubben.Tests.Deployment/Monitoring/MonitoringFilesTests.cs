using System.Text.RegularExpressions;
using KommunHubben.Tests.Monitoring;
using YamlDotNet.RepresentationModel;

namespace KommunHubben.Tests.Deployment.Monitoring;

/// <summary>
/// ops/monitoring (Grafana dashboard, Prometheus scrape configuration and alert rules) and the scrape wiring of the
/// Kubernetes manifests, checked offline: they parse, every hub metric they query is an instrument the code defines,
/// and the pods announce the management port the configuration gives them. (Tests.Integration's MetricsEndpointTests
/// checks the same names against a running hub's /metrics.)
/// </summary>
public sealed partial class MonitoringFilesTests
{
    private static readonly string Monitoring = Path.Combine(Repository.Root, "ops", "monitoring");

    [Fact]
    public void The_dashboard_parses_and_every_panel_queries_at_least_one_metric()
    {
        var json = File.ReadAllText(Path.Combine(Monitoring, "grafana-dashboard.json"));
        var expressions = PromQlMetricNames.DashboardExpressions(json).ToList();
        Assert.True(expressions.Count >= 8, $"only {expressions.Count} queries in the dashboard");
        Assert.All(expressions, e => Assert.NotEmpty(PromQlMetricNames.Of(e)));
        var names = expressions.SelectMany(PromQlMetricNames.Of).ToHashSet();
        // The four things the dashboard is for: queue depth, error-queue size, breaker state, lead times.
        Assert.Contains("khub_queue_messages", names);
        Assert.Contains("khub_af_gateway_circuit_open", names);
        Assert.Contains("khub_case_lead_time_seconds_bucket", names);
    }

    [Fact]
    public void Every_hub_metric_queried_is_an_instrument_the_code_defines()
    {
        var instruments = InstrumentName().Matches(string.Join('\n', Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)))
            .Select(m => m.Groups[1].Value.Replace('.', '_')).ToHashSet();
        foreach (var name in AllQueriedNames().Where(n => n.StartsWith("khub_", StringComparison.Ordinal)))
        {
            var instrument = Suffix().Replace(name, "");
            Assert.True(instruments.Contains(instrument), $"{name}: no instrument {instrument} in src/ (known: {string.Join(", ", instruments)})");
        }
    }

    [Fact]
    public void The_alert_rules_parse_and_the_integration_test_reads_every_expression()
    {
        var file = Path.Combine(Monitoring, "alert-rules.yaml");
        var rules = DeploymentFiles.Documents(file).Single().Items("groups").SelectMany(g => g.Items("rules")).ToList();
        Assert.Contains(rules, r => r.Text("alert") == "KommunHubbenFailedMessagesWaiting" && r.Text("expr")!.Contains("error"));
        Assert.Contains(rules, r => r.Text("alert") == "KommunHubbenAfCircuitOpen" && r.Text("expr")!.Contains("khub_af_gateway_circuit_open"));
        Assert.All(rules, r => Assert.NotEmpty(PromQlMetricNames.Of(r.Text("expr")!)));
        // MetricsEndpointTests reads `expr:` lines; it must see exactly the expressions YAML sees.
        var lines = Regex.Matches(File.ReadAllText(file), @"^\s*expr:\s*(.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim());
        Assert.Equal(rules.Select(r => r.Text("expr")!.Trim()), lines);
    }

    [Fact]
    public void The_Prometheus_configuration_parses_and_loads_the_alert_rules()
    {
        var config = DeploymentFiles.Documents(Path.Combine(Monitoring, "prometheus.yaml")).Single();
        foreach (var rule in config.Items("rule_files")) Assert.True(File.Exists(Path.Combine(Monitoring, ((YamlScalarNode)rule).Value!)));
        var jobs = config.Items("scrape_configs").Select(j => j.Text("job_name")!).ToList();
        Assert.Contains("kommunhubben-api", jobs);
        Assert.Contains("kommunhubben-gateway-worker", jobs);
    }

    [Fact]
    public void Every_hub_pod_announces_its_metrics_port_which_no_Service_exposes()
    {
        var docs = DeploymentFiles.Yaml("kubernetes").SelectMany(DeploymentFiles.Documents).ToList();
        var port = docs.Single(d => d.Text("kind") == "ConfigMap").Text("data", "Hub__Telemetry__Metrics__Port");
        Assert.Equal("0.0.0.0", docs.Single(d => d.Text("kind") == "ConfigMap").Text("data", "Hub__Telemetry__Metrics__Address"));
        foreach (var deployment in docs.Where(d => d.Text("kind") == "Deployment"))
        {
            var template = deployment.At("spec", "template")!;
            Assert.Equal("true", template.Text("metadata", "annotations", "prometheus.io/scrape"));
            Assert.Equal(port, template.Text("metadata", "annotations", "prometheus.io/port"));
            Assert.Equal("/metrics", template.Text("metadata", "annotations", "prometheus.io/path"));
            var ports = template.Items("spec", "containers").Single().Items("ports").ToDictionary(p => p.Text("name")!, p => p.Text("containerPort")!);
            Assert.Equal(port, ports["metrics"]);
            Assert.Equal("kommunhubben", template.Text("metadata", "labels", "app.kubernetes.io/part-of"));
        }
        foreach (var service in docs.Where(d => d.Text("kind") == "Service"))
            Assert.DoesNotContain(service.Items("spec", "ports"), p => p.Text("targetPort") == "metrics" || p.Text("targetPort") == port);

        var podMonitor = DeploymentFiles.Documents(Path.Combine(Repository.DeployDir, "kubernetes", "monitoring", "podmonitor.yaml")).Single();
        Assert.Equal("metrics", podMonitor.Items("spec", "podMetricsEndpoints").Single().Text("port"));
        Assert.Equal("kommunhubben", podMonitor.Text("spec", "selector", "matchLabels", "app.kubernetes.io/part-of"));
    }

    private static IEnumerable<string> AllQueriedNames()
    {
        var dashboard = PromQlMetricNames.DashboardExpressions(File.ReadAllText(Path.Combine(Monitoring, "grafana-dashboard.json")));
        var alerts = DeploymentFiles.Documents(Path.Combine(Monitoring, "alert-rules.yaml")).Single().Items("groups")
            .SelectMany(g => g.Items("rules")).Select(r => r.Text("expr")!);
        return dashboard.Concat(alerts).SelectMany(PromQlMetricNames.Of).Distinct();
    }

    /// <summary>An instrument created in code: <c>Create…("khub.x.y"</c>.</summary>
    [GeneratedRegex(@"Create\w+(?:<\w+>)?\(\s*""(khub\.[a-z0-9_.]+)""")]
    private static partial Regex InstrumentName();

    /// <summary>What the Prometheus exporter appends: the unit, then _total/_bucket/_count/_sum.</summary>
    [GeneratedRegex(@"(_seconds)?(_total|_bucket|_count|_sum)?$")]
    private static partial Regex Suffix();
}
