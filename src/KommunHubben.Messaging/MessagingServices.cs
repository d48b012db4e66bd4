using System.Security.Authentication;
using KommunHubben.Messaging.Bus;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KommunHubben.Messaging;

public static class MessagingServices
{
    /// <summary>
    /// Registers the bus on the configured transport, the inbox/outbox, and the consumers <paramref name="addConsumers"/> adds.
    /// Conventions for every endpoint are set here, in one place: quorum queues with a delivery limit on RabbitMQ,
    /// dead letters to the endpoint's <c>_error</c> queue. Retry policy is set beside each consumer, in its definition.
    /// </summary>
    public static IServiceCollection AddHubMessaging(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var options = configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        services.AddOptions<TransportOptions>().Bind(configuration.GetSection(TransportOptions.Section));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton(RoutedMessageTypes.None);
        services.AddScoped<IdempotentHandler>();
        services.AddHostedService<OutboxRelay>();

        // Report "started" only once the broker topology (queues, exchanges, bindings) exists, and fail the start
        // if the broker cannot be reached: a host that says it is up must be able to take messages.
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });

        services.AddMassTransit(x =>
        {
            // A municipal system must not post usage data to anyone.
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(EndpointConventions.Formatter);
            addConsumers(x);

            x.AddConfigureEndpointsCallback((_, name, endpoint) =>
            {
                // A batched endpoint holds the batches it runs at once, full (BatchSettings.EndpointMessageLimit).
                var messageLimit = KnownEndpoints.Batched.Contains(name) ? options.Batch.EndpointMessageLimit(name) : options.ConcurrentMessageLimit;
                endpoint.ConcurrentMessageLimit = messageLimit;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                    rabbit.SetQueueArgument(DeliveryLimitArgument, options.DeliveryLimit);
                    // A message dead-lettered by the delivery limit (a crash loop: the process dies on it again and again)
                    // is kept in one shared quorum queue for an administrator instead of being dropped by the broker.
                    // It cannot be the endpoint's _error queue: MassTransit declares that one with a copy of the endpoint's
                    // arguments (see ErrorQueueWithoutDeliveryLimit below).
                    rabbit.BindDeadLetterQueue(EndpointConventions.DeadLetters, EndpointConventions.DeadLetters, q => q.SetQuorumQueue());
                    rabbit.PrefetchCount = (ushort)Math.Max(messageLimit * 2, 16);
                }
            });

            switch (options.Transport)
            {
                case TransportKind.InMemory:
                    x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                    break;
                case TransportKind.RabbitMq:
                    x.UsingRabbitMq((context, cfg) =>
                    {
                        var r = options.RabbitMq;
                        var nodes = r.Hosts.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToArray();
                        var (host, port) = nodes.Length > 0 ? ClusterNodes.Parse(nodes[0]) : (r.Host, r.Port);
                        cfg.Host(host, port, r.VirtualHost, h =>
                        {
                            h.Username(r.Username);
                            h.Password(r.Password);
                            // A cluster: the client tries the nodes in turn, on first connect and after losing its node.
                            if (nodes.Length > 0) h.UseCluster(c => { foreach (var node in nodes) c.Node(node); });
                            if (r.UseTls)
                                h.UseSsl(s =>
                                {
                                    // No AllowPolicyErrors: a certificate that does not match TlsServerName or chain to a
                                    // trusted root fails the connection.
                                    s.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                                    s.ServerName = r.TlsServerName;
                                    if (!string.IsNullOrWhiteSpace(r.ClientCertificatePath))
                                    {
                                        s.CertificatePath = r.ClientCertificatePath;
                                        s.CertificatePassphrase = r.ClientCertificatePassphrase;
                                    }
                                });
                        });
                        ErrorQueueWithoutDeliveryLimit(cfg);
                        cfg.ConfigureEndpoints(context);
                    });
                    break;
                default:
                    throw new InvalidOperationException($"{TransportOptions.Section}:Transport must be InMemory or RabbitMq.");
            }
        });
        return services;
    }

    /// <summary>
    /// MassTransit declares an endpoint's <c>_error</c> queue with a copy of the endpoint queue's arguments, delivery
    /// limit included. There the limit does harm: nothing consumes an error queue, but every read by an administrator
    /// (<c>khub dead-letters inspect</c>, the "Felköer" page) is a delivery, so a failed message read about twenty
    /// times was moved on to khub-dead-letters. The error queue stays a quorum queue (replicated, durable), without
    /// the limit. (RabbitMQ 3.x: no argument, no limit. RabbitMQ 4 gives quorum queues a default limit of 20: there,
    /// add a policy with <c>delivery-limit: -1</c> for <c>_error$</c> queues.)
    /// </summary>
    private static void ErrorQueueWithoutDeliveryLimit(IRabbitMqBusFactoryConfigurator cfg) =>
        cfg.SendTopology.ConfigureErrorSettings = error => error.SetQueueArgument(DeliveryLimitArgument, null!);

    /// <summary>The quorum-queue argument RabbitMQ counts deliveries against.</summary>
    public const string DeliveryLimitArgument = "x-delivery-limit";
}
