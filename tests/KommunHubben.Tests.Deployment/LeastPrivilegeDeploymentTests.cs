using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace KommunHubben.Tests.Deployment;

/// <summary>
/// The deployment files follow the security model of ops/rabbitmq and ops/postgres: every hub process logs in to the
/// broker as its own user of definitions.json (API khub-api, workflow worker khub-worker, AF gateway worker
/// khub-gateway; the failed-message page khub-admin), with the same permissions there as in the file; the hub
/// processes connect to PostgreSQL as the application role and only the migration runs as the migration role.
/// </summary>
public sealed class LeastPrivilegeDeploymentTests
{
    private static readonly string Kubernetes = Path.Combine(Repository.DeployDir, "kubernetes");
    private static readonly string Systemd = Path.Combine(Repository.DeployDir, "systemd");

    private static readonly Dictionary<string, string> BrokerUserOf = new()
    {
        ["api"] = "khub-api", ["worker"] = "khub-worker", ["gateway-worker"] = "khub-gateway",
    };

    private static List<YamlMappingNode> KubernetesDocs() =>
        DeploymentFiles.Yaml("kubernetes").SelectMany(DeploymentFiles.Documents).ToList();

    private static JsonElement Definitions() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "ops", "rabbitmq", "definitions.json"))).RootElement;

    [Fact]
    public void Each_Kubernetes_Deployment_logs_in_to_the_broker_as_its_own_user_of_the_definitions()
    {
        var docs = KubernetesDocs();
        var secretUser = docs.Where(d => d.Text("kind") == "Secret" && d.At("stringData", "username") is not null)
            .ToDictionary(d => d.Text("metadata", "name")!, d => d.Text("stringData", "username")!);
        var definedUsers = Definitions().GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("user").GetString()!).ToHashSet();
        var topologyUsers = docs.Where(d => d.Text("kind") == "User").ToDictionary(d => d.Text("metadata", "name")!, d => d.Text("spec", "importCredentialsSecret", "name")!);

        foreach (var deployment in docs.Where(d => d.Text("kind") == "Deployment"))
        {
            var service = deployment.Text("metadata", "name")!["kommunhubben-".Length..];
            var env = deployment.Items("spec", "template", "spec", "containers").Single().Items("env").ToList();
            string UserFrom(string variable) => secretUser[env.Single(e => e.Text("name") == variable).Text("valueFrom", "secretKeyRef", "name")!];
            var user = UserFrom("Hub__Messaging__RabbitMq__Username");
            Assert.Equal(BrokerUserOf[service], user);
            Assert.Contains(user, definedUsers);
            // The operator makes the user from the very Secret the Deployment reads.
            Assert.Equal(env.Single(e => e.Text("name") == "Hub__Messaging__RabbitMq__Username").Text("valueFrom", "secretKeyRef", "name"), topologyUsers[user]);
            Assert.Equal("khub_app", UserFrom("DB_USERNAME"));
            if (service == "api") Assert.Equal("khub-admin", UserFrom("Hub__Messaging__RabbitMq__DeadLetterUsername"));
            else Assert.DoesNotContain(env, e => e.Text("name")!.StartsWith("Hub__Messaging__RabbitMq__DeadLetter", StringComparison.Ordinal));
        }
        // Nothing of the hub logs in as the operator's all-powerful default user any more.
        Assert.DoesNotContain("default-user", File.ReadAllText(Path.Combine(Kubernetes, "api.yaml")) + File.ReadAllText(Path.Combine(Kubernetes, "worker.yaml"))
                                              + File.ReadAllText(Path.Combine(Kubernetes, "gateway-worker.yaml")));
    }

    [Fact]
    public void The_Kubernetes_Permissions_are_those_of_definitions_json()
    {
        var permissions = KubernetesDocs().Where(d => d.Text("kind") == "Permission").ToDictionary(d => d.Text("spec", "user")!);
        var defined = Definitions().GetProperty("permissions").EnumerateArray().ToList();
        Assert.Equal(defined.Select(p => p.GetProperty("user").GetString()!).Order(), permissions.Keys.Order());
        foreach (var p in defined)
        {
            var k8s = permissions[p.GetProperty("user").GetString()!];
            Assert.Equal(p.GetProperty("vhost").GetString(), k8s.Text("spec", "vhost"));
            foreach (var right in new[] { "configure", "write", "read" })
                Assert.Equal(p.GetProperty(right).GetString(), k8s.Text("spec", "permissions", right));
        }
    }

    [Fact]
    public void Only_the_migrate_Job_uses_the_migration_role_and_the_broker_connection_is_TLS()
    {
        var docs = KubernetesDocs();
        var job = docs.Single(d => d.Text("kind") == "Job");
        var env = job.Items("spec", "template", "spec", "containers").Single().Items("env").ToList();
        Assert.Equal("kommunhubben-db-khub-migrator", env.Single(e => e.Text("name") == "DB_USERNAME").Text("valueFrom", "secretKeyRef", "name"));
        Assert.Contains(env, e => e.Text("name") == "Hub__Database__MigrationConnectionString");
        foreach (var deployment in docs.Where(d => d.Text("kind") == "Deployment"))
            Assert.DoesNotContain("migrator", string.Join(' ', deployment.Items("spec", "template", "spec", "containers").Single().Items("env").Select(e => e.Text("valueFrom", "secretKeyRef", "name"))));
        // The CloudNativePG cluster makes both roles, from those Secrets.
        var roles = docs.Single(d => d.Text("kind") == "Cluster").Items("spec", "managed", "roles").ToDictionary(r => r.Text("name")!, r => r.Text("passwordSecret", "name")!);
        Assert.Equal("kommunhubben-db-khub-app", roles["khub_app"]);
        Assert.Equal("kommunhubben-db-khub-migrator", roles["khub_migrator"]);

        var config = docs.Single(d => d.Text("kind") == "ConfigMap");
        Assert.Equal("true", config.Text("data", "Hub__Messaging__RabbitMq__UseTls"));
        Assert.All(config.Entries("data").Where(e => e.Key.StartsWith("Hub__Messaging__RabbitMq__Hosts__", StringComparison.Ordinal)),
            e => Assert.EndsWith(":5671", ((YamlScalarNode)e.Value).Value));
        Assert.Equal("true", docs.Single(d => d.Text("kind") == "RabbitmqCluster").Text("spec", "tls", "disableNonTLSListeners"));
    }

    [Fact]
    public void Each_compose_service_and_systemd_unit_uses_its_own_broker_user()
    {
        var services = DeploymentFiles.Documents(Path.Combine(Repository.DeployDir, "compose", "compose.yaml")).Single().Entries("services")
            .ToDictionary(s => s.Key, s => s.Value);
        foreach (var (service, user) in BrokerUserOf)
            Assert.Equal(user, services[service].Text("environment", "Hub__Messaging__RabbitMq__Username"));
        Assert.Equal("khub-admin", services["api"].Text("environment", "Hub__Messaging__RabbitMq__DeadLetterUsername"));
        Assert.Contains("MigrationConnectionString", services["migrate"].Entries("environment").Single().Key);
        Assert.DoesNotContain(DeploymentFiles.EnvFile(Path.Combine(Repository.DeployDir, "compose", "kommunhubben.env.example")),
            e => e.Key == "Hub__Messaging__RabbitMq__Username");

        // systemd: the shared environment file names no broker user; each unit reads its own file with its user.
        Assert.DoesNotContain(DeploymentFiles.EnvFile(Path.Combine(Systemd, "kommunhubben.env.example")), e => e.Key == "Hub__Messaging__RabbitMq__Username");
        var units = new Dictionary<string, string> { ["kommunhubben-api.service"] = "api", ["kommunhubben-worker@.service"] = "worker", ["kommunhubben-gateway-worker.service"] = "gateway-worker" };
        foreach (var (unit, service) in units)
        {
            var files = DeploymentFiles.Unit(Path.Combine(Systemd, unit)).Where(l => l.Key == "EnvironmentFile").Select(l => Path.GetFileName(l.Value)).ToList();
            var own = Assert.Single(files, f => f != "kommunhubben.env");
            var user = DeploymentFiles.EnvFile(Path.Combine(Systemd, own + ".example")).Single(e => e.Key == "Hub__Messaging__RabbitMq__Username").Value;
            Assert.Equal(BrokerUserOf[service], user);
        }
        Assert.Equal("khub-admin", DeploymentFiles.EnvFile(Path.Combine(Systemd, "api.env.example")).Single(e => e.Key == "Hub__Messaging__RabbitMq__DeadLetterUsername").Value);
    }
}
