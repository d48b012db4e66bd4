using KommunHubben.Messaging.Bus;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace KommunHubben.Operations.DeadLetters;

/// <summary>
/// An AMQP connection to the hub's broker, configured with the hosts' own settings (<see cref="RabbitMqOptions"/>:
/// <c>Hub:Messaging:RabbitMq</c>). Failures become one readable line, never a stack trace.
/// </summary>
public sealed class BrokerConnection : IAsyncDisposable
{
    private readonly IConnection _connection;

    public RabbitMqOptions Options { get; }

    private BrokerConnection(IConnection connection, RabbitMqOptions options)
    {
        _connection = connection;
        Options = options;
    }

    /// <summary>Opens a connection; <paramref name="clientName"/> is what the broker's connection list shows (who and what for).</summary>
    public static async Task<BrokerConnection> OpenAsync(RabbitMqOptions options, string clientName)
    {
        var factory = new ConnectionFactory
        {
            HostName = options.Host,
            Port = options.Port,
            VirtualHost = options.VirtualHost,
            UserName = options.Username,
            Password = options.Password,
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
            // The same TLS settings as the hosts (Hub__Messaging__RabbitMq__UseTls, __ServerName, __ClientCertificatePath).
            Ssl = new SslOption
            {
                Enabled = options.UseTls,
                ServerName = options.TlsServerName,
                Version = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13,
                CertPath = options.ClientCertificatePath,
                CertPassphrase = options.ClientCertificatePassphrase,
            },
        };
        try
        {
            var connection = await factory.CreateConnectionAsync();
            // The broker may accept the connection and close it right after connection.open (e.g. an unknown vhost):
            // one channel proves the connection is usable before any command relies on it.
            await using (await connection.CreateChannelAsync()) { }
            return new BrokerConnection(connection, options);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException)
        {
            var reason = (ex as OperationInterruptedException ?? ex.InnerException as OperationInterruptedException)?.ShutdownReason;
            var cause = (ex.InnerException, reason?.ReplyCode) switch
            {
                (AuthenticationFailureException, _) => "user name or password refused",
                (_, 530) => $"virtual host '{options.VirtualHost}' does not exist or the user may not use it",
                (_, 403) => "access refused",
                ({ } inner, _) => Innermost(inner).Message,
                (null, _) => reason?.ReplyText ?? ex.Message,
            };
            throw new DeadLetterOperationException(
                $"cannot reach RabbitMQ at {options.Host}:{options.Port} (virtual host '{options.VirtualHost}', user '{options.Username}'): {cause}. " +
                "Set Hub__Messaging__RabbitMq__Host, __Port, __VirtualHost, __Username, __Password as for the hub.");
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);

    /// <summary>A channel with publisher confirms tracked: a publish returns only once the broker has taken the message.</summary>
    public Task<IChannel> CreateChannelAsync() =>
        _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    /// <summary>The queue's message count by a passive declare, or null if the queue does not exist.</summary>
    public async Task<uint?> MessageCountAsync(string queue)
    {
        // A failed passive declare closes its channel, so every probe gets its own.
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue);
            return ok.MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>The message count, or a clear failure if the queue does not exist on the broker.</summary>
    public async Task<uint> RequireQueueAsync(string queue) =>
        await MessageCountAsync(queue)
        ?? throw new DeadLetterOperationException(
            $"queue '{queue}' does not exist in virtual host '{Options.VirtualHost}' (its endpoint has not been started there, or nothing has failed yet).");

    public async ValueTask DisposeAsync()
    {
        try { await _connection.CloseAsync(); } catch (Exception) { /* closing is best effort */ }
        _connection.Dispose();
    }
}
