using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KommunHubben.Tests.Deployment;

/// <summary>
/// The deployment files in ops/deploy, checked as far as a machine without Kubernetes or Docker allows: they parse,
/// name only settings, images, ports and health paths the hub has, and wire the operators' resources the way the
/// operators document them.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Kubernetes = Path.Combine(Repository.DeployDir, "kubernetes");
    private static readonly string Compose = Path.Combine(Repository.DeployDir, "compose");
    private static readonly string Systemd = Path.Combine(Repository.DeployDir, "systemd");
    private static readonly string Dockerfile = Path.Combine(Repository.DeployDir, "docker", "Dockerfile");

    /// <summary>Variables of the hub's processes that are not Hub:* settings but still read by them.</summary>
    private static readonly string[] OtherHubVariables = ["DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "Urls", "ConnectionStrings__Hub", "DB_USERNAME", "DB_PASSWORD"];

    private static List<(string File, YamlMappingNode Doc)> KubernetesDocuments() =>
        DeploymentFiles.Yaml("kubernetes").SelectMany(f => DeploymentFiles.Documents(f).Select(d => (Path.GetFileName(f), d))).ToList();

    [Fact]
    public void Every_yaml_file_parses_and_every_Kubernetes_object_has_apiVersion_kind_and_name()
    {
        foreach (var file in DeploymentFiles.Yaml("kubernetes").Concat(DeploymentFiles.Yaml("compose")))
            Assert.NotEmpty(DeploymentFiles.Documents(file));
        foreach (var (file, doc) in KubernetesDocuments())
        {
            Assert.False(string.IsNullOrEmpty(doc.Text("apiVersion")), $"{file}: apiVersion missing");
            Assert.False(string.IsNullOrEmpty(doc.Text("kind")), $"{file}: kind missing");
            if (doc.Text("kind") != "Kustomization")
                Assert.False(string.IsNullOrEmpty(doc.Text("metadata", "name")), $"{file}: metadata.name missing");
        }
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_of_the_directory()
    {
        var kustomization = DeploymentFiles.Documents(Path.Combine(Kubernetes, "kustomization.yaml")).Single();
        var listed = kustomization.Items("resources").Select(r => ((YamlScalarNode)r).Value!).Order();
        var present = DeploymentFiles.Yaml("kubernetes").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Order();
        Assert.Equal(present, listed);
    }

    [Fact]
    public void RabbitMQ_runs_as_a_three_node_RabbitmqCluster_and_PostgreSQL_as_a_CloudNativePG_Cluster()
    {
        var docs = KubernetesDocuments().Select(d => d.Doc).ToList();
        var rabbit = Assert.Single(docs, d => d.Text("kind") == "RabbitmqCluster");
        Assert.Equal("rabbitmq.com/v1beta1", rabbit.Text("apiVersion"));
        Assert.Equal("3", rabbit.Text("spec", "replicas"));
        var postgres = Assert.Single(docs, d => d.Text("kind") == "Cluster");
        Assert.Equal("postgresql.cnpg.io/v1", postgres.Text("apiVersion"));
        Assert.NotNull(postgres.At("spec", "instances"));
        Assert.Equal("kommunhubben", postgres.Text("spec", "bootstrap", "initdb", "database"));
    }

    [Fact]
    public void Api_worker_and_gateway_worker_Deployments_probe_health_paths_the_hosts_map_on_the_port_they_listen_on()
    {
        var mapped = MappedHealthPaths();
        var deployments = KubernetesDocuments().Select(d => d.Doc).Where(d => d.Text("kind") == "Deployment").ToList();
        Assert.Equal(["kommunhubben-api", "kommunhubben-gateway-worker", "kommunhubben-worker"], deployments.Select(d => d.Text("metadata", "name")!).Order());
        foreach (var deployment in deployments)
        {
            var name = deployment.Text("metadata", "name")!;
            var container = (YamlMappingNode)deployment.Items("spec", "template", "spec", "containers").Single();
            var ports = container.Items("ports").ToDictionary(p => p.Text("name")!, p => p.Text("containerPort")!);
            // The gateway worker's appsettings.json sets Urls, which only the plain Urls variable overrides.
            var urls = container.Items("env").Single(e => e.Text("name") == (HostOf(name) == "gateway" ? "Urls" : "ASPNETCORE_URLS")).Text("value")!;
            foreach (var probe in new[] { "readinessProbe", "livenessProbe" })
            {
                var path = container.Text(probe, "httpGet", "path");
                Assert.True(path is not null, $"{name}: {probe} with httpGet missing");
                Assert.Contains(path, mapped[HostOf(name)]);
                var port = ports[container.Text(probe, "httpGet", "port")!];
                Assert.EndsWith($":{port}", urls);
            }
            Assert.Equal("/health", container.Text("readinessProbe", "httpGet", "path"));
        }
    }

    [Fact]
    public void Every_Hub_setting_in_the_manifests_compose_and_systemd_files_is_a_key_the_hub_reads()
    {
        var unknown = AllHubVariables()
            .Where(v => v.Name.StartsWith("Hub__", StringComparison.OrdinalIgnoreCase) && !HubConfigurationKeys.Knows(DeploymentFiles.ConfigKey(v.Name)))
            .Select(v => $"{v.File}: {v.Name}").ToList();
        Assert.True(unknown.Count == 0, "Settings the hub does not read:\n" + string.Join('\n', unknown)
            + "\nKnown keys:\n" + string.Join('\n', HubConfigurationKeys.All));
        // The check itself must see the settings a production host needs.
        var names = AllHubVariables().Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var required in new[] { "Hub__Messaging__Transport", "Hub__Database__Provider", "Hub__Database__ConnectionString",
                     "Hub__PersonalData__HashKey", "Hub__Authentication__Mode", "Hub__Messaging__RabbitMq__Hosts__0",
                     "Hub__Database__MigrationConnectionString", "Hub__Messaging__RabbitMq__UseTls", "Hub__Messaging__RabbitMq__DeadLetterUsername",
                     "Hub__Messaging__RabbitMq__DeadLetterPassword", "Hub__AfGateway__Webhook__Secret", "Hub__AfGateway__BaseAddress",
                     "Hub__Telemetry__Metrics__Port", "Hub__Telemetry__Metrics__ScrapeToken" })
            Assert.Contains(required, names);
    }

    [Fact]
    public void The_hub_containers_get_no_variable_that_is_neither_a_hub_setting_nor_one_it_uses()
    {
        var hubContainers = KubernetesDocuments().Select(d => d.Doc)
            .Where(d => d.Text("kind") is "Deployment" or "Job")
            .SelectMany(d => d.Items("spec", "template", "spec", "containers"));
        foreach (var container in hubContainers)
        {
            var env = container.Items("env").Select(e => (Name: e.Text("name")!, Value: e.Text("value"))).ToList();
            foreach (var (name, value) in env)
            {
                Assert.True(name.StartsWith("Hub__", StringComparison.Ordinal) || OtherHubVariables.Contains(name), $"unexpected variable {name}");
                // Kubernetes expands $(VAR) only for variables defined earlier in the same list.
                foreach (Match reference in DependentVariable().Matches(value ?? ""))
                    Assert.Contains(reference.Groups[1].Value, env.TakeWhile(e => e.Name != name).Select(e => e.Name));
            }
        }
    }

    [Fact]
    public void Secrets_the_hub_reads_are_in_the_manifests_or_made_by_the_operators()
    {
        var docs = KubernetesDocuments().Select(d => d.Doc).ToList();
        var rabbit = docs.Single(d => d.Text("kind") == "RabbitmqCluster").Text("metadata", "name");
        var postgres = docs.Single(d => d.Text("kind") == "Cluster").Text("metadata", "name");
        // The operators' documented secrets: <RabbitmqCluster>-default-user (username, password) and <Cluster>-app.
        var available = docs.Where(d => d.Text("kind") == "Secret").Select(d => d.Text("metadata", "name")!)
            .Append($"{rabbit}-default-user").Append($"{postgres}-app").ToHashSet();
        var configMaps = docs.Where(d => d.Text("kind") == "ConfigMap").Select(d => d.Text("metadata", "name")!).ToHashSet();
        foreach (var container in docs.Where(d => d.Text("kind") is "Deployment" or "Job").SelectMany(d => d.Items("spec", "template", "spec", "containers")))
        {
            foreach (var e in container.Items("env").Where(e => e.At("valueFrom", "secretKeyRef") is not null))
                Assert.Contains(e.Text("valueFrom", "secretKeyRef", "name")!, available);
            foreach (var source in container.Items("envFrom"))
            {
                if (source.Text("secretRef", "name") is { } secret) Assert.Contains(secret, available);
                if (source.Text("configMapRef", "name") is { } map) Assert.Contains(map, configMaps);
            }
        }
        // Secrets are Secrets: no password or key sits in the ConfigMap.
        foreach (var map in docs.Where(d => d.Text("kind") == "ConfigMap"))
            Assert.DoesNotContain(map.Entries("data"), e => Regex.IsMatch(e.Key, "Password|Keys__|HashKey", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Every_image_named_is_a_target_of_the_Dockerfile_and_every_entry_point_a_built_assembly()
    {
        var dockerfile = File.ReadAllText(Dockerfile);
        var targets = DockerTarget().Matches(dockerfile).Select(m => m.Groups[1].Value).ToHashSet();
        var images = KubernetesDocuments().SelectMany(d => Images(d.Doc))
            .Concat(DeploymentFiles.Documents(Path.Combine(Compose, "compose.yaml")).Single().Entries("services").Select(s => s.Value.Text("image")!))
            .Where(i => i.StartsWith("kommunhubben/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(images);
        foreach (var image in images)
            Assert.Contains(image["kommunhubben/".Length..image.IndexOf(':')], targets);

        var assemblies = AssemblyNames();
        foreach (Match dll in EntryPointDll().Matches(dockerfile)) Assert.Contains(dll.Groups[1].Value, assemblies);
        foreach (var unit in Directory.EnumerateFiles(Systemd, "*.service"))
        {
            var exec = DeploymentFiles.Unit(unit).Single(l => l.Key == "ExecStart").Value;
            Assert.Contains(Regex.Match(exec, @"(\w[\w.]*)\.dll").Groups[1].Value, assemblies);
        }
    }

    [Fact]
    public void The_compose_file_starts_workers_before_the_api_and_depends_only_on_services_it_defines()
    {
        var compose = DeploymentFiles.Documents(Path.Combine(Compose, "compose.yaml")).Single();
        var services = compose.Entries("services").ToDictionary(s => s.Key, s => s.Value);
        Assert.Contains("worker", services.Keys);
        Assert.Contains("worker", services["api"].Entries("depends_on").Select(d => d.Key));
        Assert.Contains("gateway-worker", services["api"].Entries("depends_on").Select(d => d.Key));
        foreach (var (name, service) in services)
            foreach (var (dependency, _) in service.Entries("depends_on"))
                Assert.True(services.ContainsKey(dependency), $"{name} depends on unknown service {dependency}");
        Assert.Equal("2", services["worker"].Text("deploy", "replicas"));
    }

    /// <summary>Every variable set for a hub process: Kubernetes env/ConfigMap/Secret keys, compose environments and env files, systemd.</summary>
    private static List<(string File, string Name)> AllHubVariables()
    {
        var found = new List<(string, string)>();
        foreach (var (file, doc) in KubernetesDocuments())
        {
            foreach (var (key, _) in doc.Entries("data").Concat(doc.Entries("stringData"))) found.Add((file, key));
            foreach (var container in doc.Items("spec", "template", "spec", "containers"))
                found.AddRange(container.Items("env").Select(e => (file, e.Text("name")!)));
        }
        var compose = DeploymentFiles.Documents(Path.Combine(Compose, "compose.yaml")).Single();
        foreach (var (name, service) in compose.Entries("services"))
            found.AddRange(service.Entries("environment").Select(e => ($"compose.yaml/{name}", e.Key)));
        foreach (var envFile in Directory.EnumerateFiles(Repository.DeployDir, "*.env.example", SearchOption.AllDirectories))
            found.AddRange(DeploymentFiles.EnvFile(envFile).Select(e => (Path.GetFileName(envFile), e.Key)));
        foreach (var unit in Directory.EnumerateFiles(Systemd, "*.service"))
            found.AddRange(DeploymentFiles.Unit(unit).Where(l => l.Key == "Environment").Select(l => (Path.GetFileName(unit), l.Value[..l.Value.IndexOf('=')])));
        return found;
    }

    private static IEnumerable<string> Images(YamlNode doc) =>
        doc.Items("spec", "template", "spec", "containers").Select(c => c.Text("image")!);

    private static string HostOf(string deployment) =>
        deployment.EndsWith("-api", StringComparison.Ordinal) ? "api" : deployment.EndsWith("-gateway-worker", StringComparison.Ordinal) ? "gateway" : "worker";

    /// <summary>The health paths each host maps, read from its code.</summary>
    private static Dictionary<string, string[]> MappedHealthPaths()
    {
        string[] Paths(string file) => MapHealth().Matches(File.ReadAllText(Path.Combine(Repository.Root, "src", file))).Select(m => m.Groups[1].Value).ToArray();
        return new()
        {
            ["api"] = Paths("KommunHubben.Api/ApiServices.cs"), ["worker"] = Paths("KommunHubben.Worker/Program.cs"),
            ["gateway"] = Paths("KommunHubben.Gateway.Worker/Program.cs"),
        };
    }

    /// <summary>Assembly names of the hosts in src/ (the AssemblyName property, or the project's file name).</summary>
    private static HashSet<string> AssemblyNames() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Regex.Match(File.ReadAllText(p), "<AssemblyName>(.+)</AssemblyName>") is { Success: true } m ? m.Groups[1].Value : Path.GetFileNameWithoutExtension(p))
            .ToHashSet();

    [GeneratedRegex(@"MapHealthChecks\(""([^""]+)""")]
    private static partial Regex MapHealth();

    [GeneratedRegex(@"\$\((\w+)\)")]
    private static partial Regex DependentVariable();

    [GeneratedRegex(@"^FROM\s+\S+\s+AS\s+([\w-]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DockerTarget();

    [GeneratedRegex(@"ENTRYPOINT\s*\[""dotnet"",\s*""([\w.]+)\.dll""")]
    private static partial Regex EntryPointDll();
}
