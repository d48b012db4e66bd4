using KommunHubben.Messaging.Bus;
using KommunHubben.Operations.DeadLetters;
using Microsoft.Extensions.Configuration;

namespace KommunHubben.Cli;

/// <summary>
/// The broker settings khub reads from the environment, with the keys and defaults the hosts use
/// (<c>Hub__Messaging__RabbitMq__Host</c>, <c>__Port</c>, <c>__VirtualHost</c>, <c>__Username</c>, <c>__Password</c>).
/// </summary>
public static class BrokerSettings
{
    public static RabbitMqOptions Read()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        try
        {
            return configuration.GetSection(TransportOptions.Section).Get<TransportOptions>()?.RabbitMq ?? new RabbitMqOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new CommandFailedException($"invalid broker setting: {ex.Message}");
        }
    }

    /// <summary>The desk on these settings; the broker's connection list names the command and the account that ran it.</summary>
    public static DeadLetterDesk Desk(string purpose) =>
        new(Read(), $"khub dead-letters {purpose} ({Environment.UserName}@{Environment.MachineName})");
}
