using RabbitMQ.Client;

namespace KommunHubben.Tests.Integration.Infrastructure;

public static class RabbitConnections
{
    /// <summary>A connection as the test harness's own (all-rights) user.</summary>
    public static Task<IConnection> OpenAsync(string virtualHost, string name) =>
        OpenAsync(virtualHost, name, new ServiceLogin(TestServices.RabbitUser, TestServices.RabbitPassword));

    /// <summary>A connection as the given user, e.g. a hub service's least-privilege user.</summary>
    public static Task<IConnection> OpenAsync(string virtualHost, string name, ServiceLogin user) =>
        new ConnectionFactory
        {
            HostName = TestServices.RabbitHost,
            Port = TestServices.RabbitPort,
            UserName = user.User,
            Password = user.Password,
            VirtualHost = virtualHost,
            ClientProvidedName = name,
        }.CreateConnectionAsync();
}
