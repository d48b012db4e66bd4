using System.Text;
using KommunHubben.Gateway.Forwarding;
using KommunHubben.Messaging.Bus;
using KommunHubben.Tests.Integration.Infrastructure;
using KommunHubben.Workflow.Events;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// Every khub-* endpoint — the workflow worker's and the AF gateway worker's — on the real broker, is fed
/// FsCheck-generated hostile messages (see <see cref="ContractFuzzing"/>): each must fail cleanly into the endpoint's
/// _error queue with its reason, land in _skipped when its type is unknown, or be ignored as a no-op — and afterwards
/// the same processes, still alive, take a real case through every endpoint (routed, deadlines, notice, reporting,
/// forwarded to AF). Bounded: 7 kinds × 3 samples per endpoint.
/// </summary>
public sealed class ConsumerFuzzTests(ConsumerFuzzTests.FuzzedHub hub, ITestOutputHelper output) : IClassFixture<ConsumerFuzzTests.FuzzedHub>
{
    private const int SamplesPerKind = 3;

    /// <summary>One hub with the gateway attached for the class (xUnit would start one per test otherwise).</summary>
    public sealed class FuzzedHub : IAsyncLifetime
    {
        public AfGatewayDeployment Deployment { get; private set; } = null!;

        // Few, fast redeliveries: a hostile message reaches the gateway's _error queue in seconds.
        public async Task InitializeAsync() => Deployment = await AfGatewayDeployment.StartedAsync(redeliveries: 2);

        public Task DisposeAsync() => Deployment.DisposeAsync().AsTask();
    }

    private AfGatewayDeployment Deployment => hub.Deployment;
    private HubDeployment Hub => Deployment.Hub;

    private static readonly Dictionary<string, Type[]> Consumers = new()
    {
        [KnownEndpoints.RouteCase] = [typeof(WhenCaseSubmitted)],
        [KnownEndpoints.Workflow] = [.. WorkflowEvents.Handlers.Where(h => h != typeof(WhenCaseSubmitted))],
        [KnownEndpoints.AfGatewayIntake] = [typeof(AfIntakeConsumer)],
        [KnownEndpoints.AfGateway] = [typeof(ForwardCaseToAfConsumer), typeof(SendSupplementToAfConsumer), typeof(AcknowledgeAfStatusConsumer)],
    };

    [Fact]
    public void Every_known_endpoint_is_fuzzed() =>
        Assert.Equal(KnownEndpoints.All.Order(), Consumers.Keys.Order());

    [Fact]
    public async Task Hostile_messages_fail_cleanly_into_error_or_skipped_and_the_worker_keeps_routing_cases()
    {
        var sent = Consumers.ToDictionary(e => e.Key, e => ContractFuzzing.Sample(e.Value.SelectMany(ContractFuzzing.ContractsOf).ToList(), SamplesPerKind)
            .Select(m => (Id: Guid.NewGuid().ToString(), Message: m)).ToList());
        await using (var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "fuzzer"))
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true)))
        {
            foreach (var (endpoint, messages) in sent)
                foreach (var (id, message) in messages)
                {
                    var properties = new BasicProperties
                    {
                        MessageId = id, ContentType = message.ContentType, DeliveryMode = DeliveryModes.Persistent,
                    };
                    await channel.BasicPublishAsync("", endpoint, mandatory: true, properties, message.Body);
                }
        }

        await WaitUntilDrainedAsync(sent.Keys, TimeSpan.FromSeconds(90));

        var worker = Hub.Workers[0];
        var gateway = Deployment.Gateway!;
        Assert.False(worker.HasExited, $"The worker died on a hostile message. Log:\n{worker.Log}");
        Assert.False(gateway.HasExited, $"The gateway worker died on a hostile message. Log:\n{gateway.Log}");
        Assert.DoesNotContain("Unhandled exception", worker.Log);
        Assert.DoesNotContain("Unhandled exception", gateway.Log);
        foreach (var (endpoint, messages) in sent)
        {
            var errors = await ReadAsync(endpoint + "_error");
            var skipped = await ReadAsync(endpoint + "_skipped");
            output.WriteLine($"{endpoint}: sent {messages.Count}, _error {errors.Count}, _skipped {skipped.Count}");
            foreach (var (id, message) in messages)
            {
                var inError = errors.ContainsKey(id);
                var inSkipped = skipped.ContainsKey(id);
                var fine = message.Expected switch
                {
                    FuzzOutcome.Error => inError && !inSkipped,
                    FuzzOutcome.Skipped => inSkipped && !inError,
                    _ => !inSkipped,
                };
                Assert.True(fine, $"{endpoint}: {message} expected {message.Expected}, found in _error: {inError}, in _skipped: {inSkipped}");
            }
            Assert.Equal(errors.Count + skipped.Count, errors.Keys.Concat(skipped.Keys).Intersect(messages.Select(m => m.Id)).Count());
            // A clean failure says why: MassTransit's fault headers name the exception.
            Assert.All(errors, e => Assert.True(e.Value.ContainsKey("MT-Fault-ExceptionType") || e.Value.ContainsKey("MT-Reason"),
                $"{endpoint}_error holds a message without a fault reason: {string.Join(", ", e.Value.Keys)}"));
        }

        // The same worker still works, on every endpoint: a real case is routed, its deadlines planned, the officer told.
        using var contact = Hub.As("kp-01");
        var caseId = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Efter fuzzningen." } });
        var routed = await contact.WaitForStatusAsync(caseId, "Routed", TimeSpan.FromSeconds(60));
        Assert.NotNull(routed);
        await WaitForRowAsync("""SELECT count(*) FROM deadlines WHERE "CaseId" = @id""", caseId);
        await WaitForRowAsync("""SELECT count(*) FROM notifications WHERE "CaseId" = @id""", caseId);
        await WaitForRowAsync("""SELECT count(*) FROM reporting_cases WHERE "CaseId" = @id""", caseId);
        await WaitForRowAsync("""SELECT count(*) FROM af_forwardings WHERE "CaseId" = @id AND "Status" = 'Forwarded'""", caseId);
        Assert.False(worker.HasExited);
        Assert.False(gateway.HasExited);
    }

    /// <summary>Until no endpoint queue holds a ready or unacknowledged message (retries keep a message unacked).</summary>
    private async Task WaitUntilDrainedAsync(IEnumerable<string> endpoints, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var names = endpoints.ToHashSet();
        while (true)
        {
            var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", Hub.VirtualHost.Name, "--quiet", "--no-table-headers",
                "name", "messages_ready", "messages_unacknowledged");
            var busy = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))
                .Where(f => f.Length == 3 && names.Contains(f[0]) && (f[1] != "0" || f[2] != "0")).Select(f => string.Join(' ', f)).ToList();
            if (busy.Count == 0) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Endpoints still busy: {string.Join("; ", busy)}. Worker log:\n{Hub.Workers[0].Log}");
            await Task.Delay(500);
        }
    }

    /// <summary>Message id → headers of every message in a queue, read without removing them (empty if there is no queue).</summary>
    private async Task<Dictionary<string, IDictionary<string, object?>>> ReadAsync(string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "fuzz-reader");
        var result = new Dictionary<string, IDictionary<string, object?>>();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return result;
        }
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
            result[message.BasicProperties.MessageId ?? Guid.NewGuid().ToString()] = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        // Closing the channel returns every unacknowledged message to the queue.
        return result;
    }

    private async Task WaitForRowAsync(string sql, Guid caseId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await Hub.Database.ScalarAsync<long>(sql, ("id", caseId)) == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No row for {sql}. Worker log:\n{Hub.Workers[0].Log}");
            await Task.Delay(250);
        }
    }
}
