namespace KommunHubben.Tests.Deployment;

/// <summary>
/// Every deployment gives each hub process the same memory, 512 MiB: .NET keeps its heap under 75 % of the limit of its
/// cgroup and sizes its youngest generation by it, and the memory the benchmark measures (with that heap limit) is
/// what a deployed process has (docs/operations.md, "Memory").
/// </summary>
public sealed class MemoryLimitTests
{
    private static readonly string[] HubServices = ["api", "worker", "gateway-worker"];

    [Fact]
    public void Each_hub_Deployment_in_Kubernetes_is_limited_to_512_MiB()
    {
        foreach (var service in HubServices)
        {
            var deployment = DeploymentFiles.Documents(Path.Combine(Repository.DeployDir, "kubernetes", $"{service}.yaml"))
                .Single(d => d.Text("kind") == "Deployment");
            var container = deployment.Items("spec", "template", "spec", "containers").Single();
            Assert.Equal("512Mi", container.Text("resources", "limits", "memory"));
        }
    }

    [Fact]
    public void Each_hub_service_in_compose_is_limited_to_512_MiB()
    {
        var services = DeploymentFiles.Documents(Path.Combine(Repository.DeployDir, "compose", "compose.yaml")).Single()
            .Entries("services").ToDictionary(s => s.Key, s => s.Value);
        foreach (var service in HubServices)
            Assert.Equal("512m", services[service].Text("mem_limit"));
    }

    [Fact]
    public void Each_hub_systemd_unit_is_limited_to_512_MiB()
    {
        foreach (var unit in new[] { "kommunhubben-api.service", "kommunhubben-worker@.service", "kommunhubben-gateway-worker.service" })
        {
            var lines = DeploymentFiles.Unit(Path.Combine(Repository.DeployDir, "systemd", unit));
            Assert.Equal("512M", lines.Single(l => l.Key == "MemoryMax").Value);
        }
    }
}
