using KommunHubben.Messaging.Bus;

namespace KommunHubben.Tests.Deployment;

/// <summary>The entries of Hub:Messaging:RabbitMq:Hosts as operators write them in the deployment files.</summary>
public sealed class ClusterNodesTests
{
    [Theory]
    [InlineData("kommunhubben-rabbitmq-server-0.kommunhubben-rabbitmq-nodes.kommunhubben.svc:5672", "kommunhubben-rabbitmq-server-0.kommunhubben-rabbitmq-nodes.kommunhubben.svc", 5672)]
    [InlineData("127.0.0.1:5683", "127.0.0.1", 5683)]
    [InlineData("mq1.example.org", "mq1.example.org", 5672)]
    public void A_node_is_host_and_port_with_the_AMQP_port_as_default(string entry, string host, int port) =>
        Assert.Equal((host, (ushort)port), ClusterNodes.Parse(entry));

    [Theory]
    [InlineData("mq1.example.org:amqp")]
    [InlineData("mq1.example.org:0")]
    [InlineData("mq1.example.org:70000")]
    public void A_bad_port_is_refused_naming_the_setting_and_the_rule(string entry)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClusterNodes.Parse(entry));
        Assert.Contains("Hub:Messaging:RabbitMq:Hosts", error.Message);
        Assert.Contains("1 to 65535", error.Message);
    }
}
