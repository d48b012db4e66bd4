using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Hosting;

/// <summary>
/// The README's first command: `dotnet run` of the API project gives a working hub with no servers installed —
/// in-memory bus, a SQLite file, the demo organisation — and it serves the whole journey.
/// </summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private EmbeddedHub _embedded = null!;
    private Uri _address = null!;
    private HubProcess _hub = null!;

    public async Task InitializeAsync()
    {
        _embedded = await EmbeddedHub.StartAsync();
        _address = _embedded.Address;
        _hub = _embedded.Process;
    }

    public async Task DisposeAsync() => await _embedded.DisposeAsync();

    [Fact]
    public async Task When_started_with_dotnet_run_the_embedded_hub_serves_the_journey()
    {
        using var contact = new HubClient(_address, "kp-05");
        var id = await contact.SubmitAsync(new
        {
            caseType = "GeneralQuestion",
            generalQuestion = new { topic = "Cooperation", question = "Kan vi ses på insatsmässan?" },
        });

        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = new HubClient(_address, routed["assignedOfficerId"]!.GetValue<string>());
        foreach (var (action, body, expected) in new (string, object, string)[]
                 {
                     ("claim", new { }, "Claimed"),
                     ("supplement-request", new { question = "Vilket datum?" }, "AwaitingSupplement"),
                 })
        {
            var (status, response) = await officer.PostAsync($"/api/v1/cases/{id}/{action}", body);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(expected, response!["status"]!.GetValue<string>());
        }
        Assert.Equal(HttpStatusCode.OK, (await contact.PostAsync($"/api/v1/cases/{id}/supplement", new { answer = "Den 12 mars." })).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/cases/{id}/decision", new { outcome = "Answered", explanation = "Ja, vi ses där." })).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/cases/{id}/close", new { closureReason = "Studies" })).Status);

        var final = await contact.GetCaseAsync(id);
        Assert.Equal("Closed", final["status"]!.GetValue<string>());
        Assert.Equal("Answered", final["outcome"]!.GetValue<string>());
        Assert.True(File.Exists(_embedded.DatabaseFile), "The embedded hub keeps its data in the SQLite file it was given.");
        Assert.Contains("Hosting environment: Development", _hub.Log);
    }

    [Fact]
    public async Task The_embedded_hub_listens_on_loopback_and_serves_its_OpenAPI_document()
    {
        Assert.Equal("127.0.0.1", _address.Host);
        using var http = new HttpClient { BaseAddress = _address };
        var document = await http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/cases\"", document);
        Assert.Contains("SubmitCase", document);
    }
}
