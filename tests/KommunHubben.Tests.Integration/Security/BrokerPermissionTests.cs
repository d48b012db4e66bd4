using System.Text;
using KommunHubben.Tests.Integration.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// Each service's broker user (ops/rabbitmq/definitions.json, applied to the test broker by ops/services/start.sh)
/// can do its job and nothing else, and the well-known guest login is gone. Raw AMQP on the real broker: a refused
/// operation is RabbitMQ's 403 ACCESS_REFUSED, which closes the channel it was tried on.
/// </summary>
public sealed class BrokerPermissionTests(BrokerPermissionTests.Topology broker) : IClassFixture<BrokerPermissionTests.Topology>
{
    private const string RouteCase = "khub-route-case";
    private const string RouteCaseError = "khub-route-case_error";
    private const string Gateway = "khub-af-gateway";
    private const string CaseSubmittedExchange = "KommunHubben.Contracts:CaseSubmitted";

    private static ServiceLogin Api => TestServices.RabbitUserFor(HubRole.Api);
    private static ServiceLogin Worker => TestServices.RabbitUserFor(HubRole.Worker);
    private static ServiceLogin GatewayUser => TestServices.RabbitUserFor(HubRole.Gateway);
    private static ServiceLogin Admin => TestServices.RabbitUserFor(HubRole.Admin);

    [Fact]
    public async Task Guest_cannot_log_in_to_any_virtual_host()
    {
        foreach (var vhost in new[] { "/", "kommunhubben", broker.VirtualHost.Name })
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
                RabbitConnections.OpenAsync(vhost, "guest-probe", new ServiceLogin("guest", "guest")));
            Assert.True(IsAuthenticationFailure(refused), $"guest on '{vhost}': {refused}");
        }
    }

    [Fact]
    public async Task The_api_user_publishes_events_but_cannot_read_declare_bind_or_delete_queues()
    {
        await using var connection = await RabbitConnections.OpenAsync(broker.VirtualHost.Name, "api-probe", Api);

        // Its job: declare a message-type exchange and publish to it, with the broker's confirm.
        await using (var channel = await ConfirmingChannelAsync(connection))
        {
            await channel.ExchangeDeclareAsync(CaseSubmittedExchange, ExchangeType.Fanout, durable: true);
            await channel.BasicPublishAsync(CaseSubmittedExchange, "", mandatory: false, new BasicProperties(), Body("api"));
        }

        await AssertRefusedAsync(connection, c => c.BasicGetAsync(RouteCase, autoAck: false), "consume a worker queue");
        await AssertRefusedAsync(connection, c => c.QueueDeleteAsync(RouteCase), "delete a worker queue");
        await AssertRefusedAsync(connection, c => c.QueuePurgeAsync(RouteCase), "purge a worker queue");
        await AssertRefusedAsync(connection, c => c.QueueDeclareAsync("khub-api-sneaky", durable: true, exclusive: false, autoDelete: false), "declare a queue");
        await AssertRefusedAsync(connection, c => c.QueueBindAsync(RouteCase, CaseSubmittedExchange, ""), "bind a queue");
        await AssertRefusedAsync(connection, c => c.ExchangeDeclareAsync("khub-api-exchange", ExchangeType.Fanout, durable: true), "declare an endpoint exchange");
        await AssertPublishRefusedAsync(connection, "", RouteCase, "publish straight into a worker queue");
        await AssertPublishRefusedAsync(connection, RouteCase, "", "publish to an endpoint exchange");
    }

    [Fact]
    public async Task The_worker_user_consumes_its_own_endpoints_but_not_the_gateways_and_declares_nothing_outside_the_convention()
    {
        await using var connection = await RabbitConnections.OpenAsync(broker.VirtualHost.Name, "worker-probe", Worker);

        await using (var channel = await connection.CreateChannelAsync())
        {
            // Its job: declare its endpoint (as MassTransit does at start), take its messages, fail one into _error.
            await channel.QueueDeclarePassiveAsync(RouteCase);
            var delivery = await channel.BasicGetAsync(RouteCase, autoAck: false);
            Assert.NotNull(delivery);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
            await channel.ExchangeDeclareAsync(RouteCaseError, ExchangeType.Fanout, durable: true);
            await channel.BasicPublishAsync(RouteCaseError, "", Body("worker"));
        }

        await AssertRefusedAsync(connection, c => c.BasicGetAsync(Gateway, autoAck: false), "consume the AF gateway's queue");
        await AssertRefusedAsync(connection, c => c.QueueDeleteAsync(Gateway), "delete the AF gateway's queue");
        await AssertRefusedAsync(connection, c => c.QueueDeclareAsync("reports", durable: true, exclusive: false, autoDelete: false), "declare a queue outside khub-*");
        await AssertRefusedAsync(connection, c => c.QueueDeclareAsync("khub-af-gateway-steal", durable: true, exclusive: false, autoDelete: false), "declare a gateway endpoint");
        await AssertPublishRefusedAsync(connection, "", Gateway, "publish into the gateway's queue through the default exchange");
    }

    [Fact]
    public async Task The_gateway_user_owns_the_khub_af_gateway_endpoints_and_nothing_of_the_worker()
    {
        await using var connection = await RabbitConnections.OpenAsync(broker.VirtualHost.Name, "gateway-probe", GatewayUser);

        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync("khub-af-gateway-decisions", durable: true, exclusive: false, autoDelete: false);
            await channel.ExchangeDeclareAsync("khub-af-gateway-decisions", ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync("khub-af-gateway-decisions", "khub-af-gateway-decisions", "");
            await channel.ExchangeBindAsync("khub-af-gateway-decisions", CaseSubmittedExchange, "");
            Assert.NotNull(await channel.BasicGetAsync(Gateway, autoAck: false));
            await channel.QueueDeleteAsync("khub-af-gateway-decisions");
        }

        await AssertRefusedAsync(connection, c => c.BasicGetAsync(RouteCase, autoAck: false), "consume a worker queue");
        await AssertRefusedAsync(connection, c => c.BasicGetAsync(RouteCaseError, autoAck: false), "read the worker's error queue");
        await AssertRefusedAsync(connection, c => c.QueueDeleteAsync(RouteCase), "delete a worker queue");
    }

    [Fact]
    public async Task The_admin_user_reads_and_redrives_dead_letters_but_cannot_consume_live_queues_or_change_the_topology()
    {
        await using var connection = await RabbitConnections.OpenAsync(broker.VirtualHost.Name, "admin-probe", Admin);

        await using (var channel = await ConfirmingChannelAsync(connection))
        {
            // khub dead-letters: count (passive declare), inspect (get + requeue), redrive (default exchange, confirmed).
            Assert.True((await channel.QueueDeclarePassiveAsync(RouteCaseError)).MessageCount >= 1);
            var failed = await channel.BasicGetAsync(RouteCaseError, autoAck: false);
            Assert.NotNull(failed);
            await channel.BasicNackAsync(failed.DeliveryTag, multiple: false, requeue: true);
            await channel.BasicPublishAsync("", RouteCase, mandatory: true, new BasicProperties(), Body("redriven"));
        }

        await AssertRefusedAsync(connection, c => c.BasicGetAsync(RouteCase, autoAck: false), "consume a live endpoint queue");
        await AssertRefusedAsync(connection, c => c.QueueDeleteAsync(RouteCaseError), "delete an error queue");
        await AssertRefusedAsync(connection, c => c.QueuePurgeAsync(RouteCase), "purge a live queue");
        await AssertRefusedAsync(connection, c => c.ExchangeDeclareAsync("khub-admin-exchange", ExchangeType.Fanout, durable: true), "declare an exchange");
        await AssertPublishRefusedAsync(connection, CaseSubmittedExchange, "", "publish a fake event");
    }

    private static async Task<IChannel> ConfirmingChannelAsync(IConnection connection) =>
        await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    private static ReadOnlyMemory<byte> Body(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The operation fails with 403 ACCESS_REFUSED (on a channel of its own: the refusal closes it).</summary>
    private static async Task AssertRefusedAsync(IConnection connection, Func<IChannel, Task> operation, string what)
    {
        using var channel = await connection.CreateChannelAsync();
        try
        {
            await operation(channel);
        }
        catch (OperationInterruptedException refused)
        {
            Assert.True(refused.ShutdownReason?.ReplyCode == 403, $"'{what}' failed, but not with ACCESS_REFUSED: {refused.Message}");
            return;
        }
        Assert.Fail($"The broker let the user {what}.");
    }

    private static async Task AssertPublishRefusedAsync(IConnection connection, string exchange, string routingKey, string what) =>
        await AssertRefusedAsync(connection, async c =>
        {
            // The refusal of a publish arrives asynchronously as a channel close; a confirming channel waits for it.
            await using var confirming = await ConfirmingChannelAsync(connection);
            await confirming.BasicPublishAsync(exchange, routingKey, mandatory: false, new BasicProperties(), Body(what));
        }, what);

    private static bool IsAuthenticationFailure(Exception ex) =>
        ex is AuthenticationFailureException || (ex.InnerException is { } inner && IsAuthenticationFailure(inner))
        || ex is BrokerUnreachableException { InnerException: AuthenticationFailureException };

    /// <summary>
    /// A vhost with the production permissions, and the endpoints the users meet in production: the worker's
    /// khub-route-case with its _error queue (one failed message in it) and the gateway's khub-af-gateway, each with a
    /// message, declared by the harness's own user.
    /// </summary>
    public sealed class Topology : IAsyncLifetime
    {
        public TestVirtualHost VirtualHost { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            VirtualHost = await TestVirtualHost.CreateAsync();
            await using var connection = await RabbitConnections.OpenAsync(VirtualHost.Name, "permission-topology");
            await using var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(CaseSubmittedExchange, ExchangeType.Fanout, durable: true);
            foreach (var queue in new[] { RouteCase, RouteCaseError, Gateway })
            {
                await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
                await channel.BasicPublishAsync("", queue, Body("seed"));
                await channel.BasicPublishAsync("", queue, Body("seed"));
            }
        }

        public Task DisposeAsync() => VirtualHost.DisposeAsync().AsTask();
    }
}
