using KommunHubben.AfSimulator;
using KommunHubben.Gateway;
using KommunHubben.Gateway.JobTech;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Tests.Integration.Gateway;

/// <summary>The JobTech Taxonomy client: live labels when JobTech answers (cached), the shipped list when it does not.</summary>
public sealed class OccupationDirectoryTests
{
    private static ServiceProvider Services(string jobTechBase) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddAfGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:JobTech:BaseAddress"] = jobTechBase,
                ["Hub:JobTech:Timeout"] = "00:00:02",
            }).Build(), runGateway: false)
            .BuildServiceProvider();

    [Fact]
    public async Task With_JobTech_unreachable_a_valid_code_is_labelled_from_the_shipped_list_and_an_invalid_one_is_refused()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        await using var services = Services("http://127.0.0.1:1/v1/taxonomy");
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<OccupationDirectory>();

        var label = await directory.LookupAsync("2512", CancellationToken.None);
        Assert.NotNull(label);
        Assert.Equal(OccupationLabelSource.Shipped, label.Source);
        Assert.Equal("Mjukvaru- och systemutvecklare m.fl.", label.Label);
        Assert.Null(await directory.LookupAsync("9999", CancellationToken.None));
    }

    [Fact]
    public async Task With_JobTech_up_the_label_comes_from_it_once_and_then_from_the_cache()
    {
        await using var jobTech = await AfSimulatorServer.StartAsync();
        await using var services = Services(jobTech.JobTechAddress.ToString());
        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<OccupationDirectory>();

        var first = await directory.LookupAsync("5321", CancellationToken.None);
        var second = await directory.LookupAsync("5322", CancellationToken.None); // SCB code AF merged into 5321
        Assert.Equal(OccupationLabelSource.JobTech, first!.Source);
        Assert.Equal(first, second);
        var calls = jobTech.State.Requests.Where(r => r.Path.EndsWith("/specific/concepts/ssyk")).ToList();
        Assert.Single(calls);
        Assert.Equal("?ssyk-code-2012=5321", calls[0].Query);
    }
}
