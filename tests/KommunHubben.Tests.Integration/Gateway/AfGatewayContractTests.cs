using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Webhooks;
using KommunHubben.Messaging.Bus;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Gateway;

/// <summary>A hub whose gateway cuts calls fast (0.5 s per attempt, 3 redeliveries) and polls AF every second.</summary>
public sealed class AfContractHub : IAsyncLifetime
{
    public AfGatewayDeployment Deployment { get; private set; } = null!;

    public static readonly Dictionary<string, string> GatewaySettings = new()
    {
        ["Hub__AfGateway__AttemptTimeout"] = "00:00:00.500",
        ["Hub__AfGateway__TotalTimeout"] = "00:00:03",
        ["Hub__AfGateway__Polling__Interval"] = "00:00:01",
    };

    public const int Redeliveries = 3;

    public async Task InitializeAsync() => Deployment = await AfGatewayDeployment.StartedAsync(GatewaySettings, Redeliveries);

    public Task DisposeAsync() => Deployment.DisposeAsync().AsTask();
}

/// <summary>
/// What the gateway sends AF, checked against the simulator's recorded requests (acceptance 5); hanging calls
/// (acceptance 3); and the webhook's signature check (acceptance 4).
/// </summary>
public sealed class AfGatewayContractTests(AfContractHub fixture) : IClassFixture<AfContractHub>
{
    private AfGatewayDeployment Hub => fixture.Deployment;

    [Fact]
    public async Task Forwarding_polling_and_a_supplement_send_AF_the_agreed_paths_headers_and_bodies()
    {
        using var kp = Hub.Hub.As("kp-21");
        await kp.RegisterConsentAsync("198112189876", "GeneralQuestion");
        var id = await kp.SubmitAsync(new
        {
            caseType = "GeneralQuestion", personalIdentityNumber = "198112189876",
            generalQuestion = new { topic = "Other", question = "Kan AF boka ett trepartsmöte?" },
        });
        var afCase = await WaitForAsync(() => Hub.Af.State.Cases.FirstOrDefault(c => c.HubCaseId == id), "the case never reached AF");

        var forward = Hub.Af.State.Requests.Single(r => r.Method == "POST" && r.Path == "/af/v1/cases" && r.Body.Contains(id.ToString()));
        Assert.Equal(IdempotencyKeys.Forward(id), forward.Header("Idempotency-Key"));
        Assert.Equal(AfGatewayDeployment.ApiKey, forward.Header("X-Api-Key"));
        Assert.StartsWith("application/json", forward.Header("Content-Type"));
        var body = JsonNode.Parse(forward.Body)!;
        Assert.Equal(id, body["hubCaseId"]!.GetValue<Guid>());
        Assert.Equal("GeneralQuestion", body["caseType"]!.GetValue<string>());
        Assert.Equal("198112189876", body["personalIdentityNumber"]!.GetValue<string>());
        Assert.Equal("Kan AF boka ett trepartsmöte?", body["details"]!["question"]!.GetValue<string>());
        Assert.NotNull(body["documents"]!.AsArray());

        // Polling: a plain read first, then conditional reads that AF answers 304.
        await WaitForAsync(() => Hub.Af.State.Requests.FirstOrDefault(r =>
            r.Method == "GET" && r.Path == $"/af/v1/cases/{afCase.AfReference}" && r.Header("If-None-Match") == afCase.ETag && r.Outcome == "not_modified"),
            "the gateway never polled with If-None-Match");

        // A supplement round: the answer goes to AF with its own key.
        var officer = (await kp.WaitForStatusAsync(id, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        using var af = Hub.Hub.As(officer);
        await af.ActAsync(id, "claim", new { });
        await af.ActAsync(id, "supplement-request", new { question = "Vilka dagar passar?" });
        await kp.ActAsync(id, "supplement", new { answer = "Tisdagar och torsdagar" });
        var supplement = await WaitForAsync(() => Hub.Af.State.Requests.FirstOrDefault(r =>
            r.Method == "POST" && r.Path == $"/af/v1/cases/{afCase.AfReference}/supplements"), "the supplement never reached AF");
        Assert.Equal(IdempotencyKeys.Supplement(id, 1), supplement.Header("Idempotency-Key"));
        Assert.Equal(AfGatewayDeployment.ApiKey, supplement.Header("X-Api-Key"));
        var sent = JsonNode.Parse(supplement.Body)!;
        Assert.Equal(1, sent["supplementNumber"]!.GetValue<int>());
        Assert.Equal("Tisdagar och torsdagar", sent["answer"]!.GetValue<string>());
        Assert.Equal([1], afCase.Supplements);
    }

    /// <summary>
    /// While the gateway is down, a case gets two supplement rounds; then the second round's command is delivered
    /// before the first (as a backed-up queue taken concurrently may). AF must still receive both, first round first,
    /// each once — not skip round 1 because "round 2 was already sent".
    /// </summary>
    [Fact]
    public async Task Supplement_answers_handed_over_out_of_order_reach_AF_in_order_and_once_each()
    {
        using var kp = Hub.Hub.As("kp-22");
        await kp.RegisterConsentAsync("198112189876", "GeneralQuestion");
        var id = await kp.SubmitAsync(new
        {
            caseType = "GeneralQuestion", personalIdentityNumber = "198112189876",
            generalQuestion = new { topic = "Other", question = "Kan AF ringa upp?" },
        });
        var afCase = await WaitForAsync(() => Hub.Af.State.Cases.FirstOrDefault(c => c.HubCaseId == id), "the case never reached AF");
        var officer = (await kp.WaitForStatusAsync(id, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        using var af = Hub.Hub.As(officer);
        await af.ActAsync(id, "claim", new { });

        Hub.Gateway!.Kill();
        await af.ActAsync(id, "supplement-request", new { question = "Vilken dag?" });
        await kp.ActAsync(id, "supplement", new { answer = "Måndag" });
        await af.ActAsync(id, "supplement-request", new { question = "Vilken tid?" });
        await kp.ActAsync(id, "supplement", new { answer = "Förmiddag" });
        await RawPublisher.PublishAsync(Hub.Hub.VirtualHost.Name, Guid.NewGuid(), new KommunHubben.Contracts.SendSupplementToAf(id, 2), copies: 1);
        await RawPublisher.PublishAsync(Hub.Hub.VirtualHost.Name, Guid.NewGuid(), new KommunHubben.Contracts.SendSupplementToAf(id, 1), copies: 1);
        await Hub.StartGatewayAsync(AfContractHub.GatewaySettings, AfContractHub.Redeliveries);

        await WaitForAsync(() => Task.FromResult(afCase.Supplements.Count >= 2 ? afCase : null), "AF did not receive both supplement answers");
        await Task.Delay(1000); // a late duplicate would land now
        Assert.Equal([1, 2], afCase.Supplements);
        var posts = Hub.Af.State.Requests.Where(r => r.Method == "POST" && r.Path == $"/af/v1/cases/{afCase.AfReference}/supplements" && r.Outcome == "created")
            .Select(r => JsonNode.Parse(r.Body)!["supplementNumber"]!.GetValue<int>()).ToList();
        Assert.Equal([1, 2], posts);
    }

    [Fact]
    public async Task A_hanging_AF_call_is_cut_by_the_timeout_and_retried_and_a_call_that_always_hangs_leaves_the_consumer_in_bounded_time()
    {
        // One hanging call: cut after 0.5 s, retried with the same key, forwarded once.
        Hub.Af.Faults = new() { HangNext = 1 };
        using var kp = Hub.Hub.As("kp-22");
        var once = await kp.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Hänger AF?" } });
        await WaitForAsync(() => Hub.Af.State.Cases.FirstOrDefault(c => c.HubCaseId == once), "the case never reached AF after a hanging call");
        var calls = Hub.Af.State.Requests.Where(r => r.Path == "/af/v1/cases" && r.Body.Contains(once.ToString())).ToList();
        Assert.Equal("hung", calls[0].Outcome);
        Assert.Contains(calls, r => r.Outcome == "created");
        Assert.Single(calls.Select(r => r.Header("Idempotency-Key")).Distinct());
        Assert.Single(Hub.Af.State.Cases, c => c.HubCaseId == once);

        // Every call hangs: the message gives up within the configured worst case (far below the broker's consumer
        // timeout), lands in the error queue, and the case shows Failed — it is not held.
        var status = await Hub.GatewayStatusAsync();
        var worstCase = TimeSpan.Parse(status["worstCase"]!["holdTime"]!.GetValue<string>());
        Assert.True(worstCase < TimeSpan.Parse(status["worstCase"]!["brokerConsumerTimeout"]!.GetValue<string>()));
        Hub.Af.Faults = new() { HangRate = 1 };
        try
        {
            var started = DateTime.UtcNow;
            var always = await kp.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Hänger AF alltid?" } });
            var failed = await WaitForAsync(async () => (await Hub.Hub.Database.RowsAsync(
                    """SELECT "Status", "Attempts", "LastError" FROM af_forwardings WHERE "CaseId" = @id AND "Status" = 'Failed'""", ("id", always)))
                .FirstOrDefault(), "the forwarding never gave up", TimeSpan.FromSeconds(60));
            Assert.True(DateTime.UtcNow - started < worstCase + TimeSpan.FromSeconds(10), $"held longer than the worst case {worstCase}");
            Assert.Equal(4, (int)failed[1]!); // 1 delivery + 3 redeliveries
            // Cut by the attempt timeout — or, once those timeouts opened the circuit, refused fast by it.
            Assert.Contains((string)failed[2]!, new[] { "forward:timeout", "forward:circuit_open" });
            // The row says Failed in the consumer's transaction; the fault moves the message a moment later.
            await WaitForAsync(async () => await Hub.QueueDepthAsync(KnownEndpoints.ErrorQueue(KnownEndpoints.AfGateway)) >= 1 ? "ok" : null,
                "the message never reached khub-af-gateway_error");
            Assert.DoesNotContain(Hub.Af.State.Cases, c => c.HubCaseId == always);
        }
        finally { Hub.Af.Faults = new(); }

        // The tests of this class share the gateway: the circuit these timeouts opened must close (the next poll is
        // its trial call) before another test forwards a case, or that case would be refused by an open circuit.
        await WaitForAsync(async () => (await Hub.GatewayStatusAsync())["circuit"]!["state"]!.GetValue<string>() == "closed" ? "ok" : null,
            "the circuit did not close again once AF answered");
    }

    [Fact]
    public async Task A_webhook_call_with_a_wrong_or_stale_signature_is_refused_and_changes_nothing_and_a_signed_one_is_recorded_once()
    {
        using var kp = Hub.Hub.As("kp-23");
        var id = await kp.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Beslut via webhook" } });
        var afCase = await WaitForAsync(() => Hub.Af.State.Cases.FirstOrDefault(c => c.HubCaseId == id), "the case never reached AF");
        await WaitForAsync(async () => await AfStatusAsync(id) == "Received" ? "ok" : null, "the poll never recorded Received");
        var body = Encoding.UTF8.GetBytes($$"""{"hubCaseId":"{{id}}","afReference":"{{afCase.AfReference}}","status":"Decided","outcome":"Answered","occurredAt":"{{DateTime.UtcNow.AddSeconds(1):O}}"}""");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var outboxBefore = await WebhookEventsAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(body, now, WebhookSignature.Sign("not-the-secret", now, body)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(body, now, WebhookSignature.Sign(AfGatewayDeployment.WebhookSecret, now, Encoding.UTF8.GetBytes("{}"))));
        var stale = now - 3600;
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(body, stale, WebhookSignature.Sign(AfGatewayDeployment.WebhookSecret, stale, body)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(body, null, null));
        await Task.Delay(1500);
        Assert.Equal(outboxBefore, await WebhookEventsAsync());
        Assert.Equal("Received", await AfStatusAsync(id));

        var signature = WebhookSignature.Sign(AfGatewayDeployment.WebhookSecret, now, body);
        Assert.Equal(HttpStatusCode.Accepted, await PostWebhookAsync(body, now, signature));
        Assert.Equal(HttpStatusCode.Accepted, await PostWebhookAsync(body, now, signature)); // AF repeating itself
        await WaitForAsync(async () => await AfStatusAsync(id) == "Decided" ? "ok" : null, "the signed report was never recorded");
        await WaitForAsync(() => afCase.Acknowledged.Contains("Decided") ? "ok" : null, "the hub never acknowledged the decision to AF");
        Assert.Single(Hub.Af.State.Requests, r => r.Path.EndsWith("/acknowledgements") && r.Header("Idempotency-Key") == IdempotencyKeys.Acknowledge(id, "Decided") && r.Outcome == "created");
    }

    private async Task<HttpStatusCode> PostWebhookAsync(byte[] body, long? timestamp, string? signature)
    {
        using var http = new HttpClient { BaseAddress = Hub.Hub.ApiAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/af/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (timestamp is not null) request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString());
        if (signature is not null) request.Headers.Add(WebhookSignature.SignatureHeader, signature);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private Task<long> WebhookEventsAsync() => Hub.Hub.Database.ScalarAsync<long>(
        """SELECT count(*) FROM outbox WHERE "MessageType" = 'AfCaseStatusReported' AND "Body" LIKE '%webhook%'""");

    private async Task<string?> AfStatusAsync(Guid id) =>
        (await Hub.Hub.Database.RowsAsync("""SELECT "AfStatus" FROM af_forwardings WHERE "CaseId" = @id""", ("id", id))).FirstOrDefault()?[0] as string;

    private static Task<T> WaitForAsync<T>(Func<T?> probe, string failure, TimeSpan? timeout = null) where T : class =>
        WaitForAsync(() => Task.FromResult(probe()), failure, timeout);

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string failure, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } found) return found;
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }
}
