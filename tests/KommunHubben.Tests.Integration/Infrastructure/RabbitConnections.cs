using RabbitMQ.Client;

namespace KommunHubben.Tests.Integration.Infrastructure;

public static class RabbitConnections
{
    public static Task<IConnection> OpenAsync(string virtualHost, string name) =>
        new ConnectionFactory
        {
            HostName = TestServices.RabbitHost,
            Port = TestServices.RabbitPort,
            UserName = TestServices.RabbitUser,
            Password = TestServices.RabbitPassword,
            VirtualHost = virtualHost,
            ClientProvidedName = name,
        }.CreateConnectionAsync();
}
