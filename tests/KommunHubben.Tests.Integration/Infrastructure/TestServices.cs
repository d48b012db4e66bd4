namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// The servers `bash ops/test.sh` started (ops/services/start.sh writes these variables). Without them the
/// integration tests fail with a message saying how to run them; they never silently skip.
/// </summary>
public static class TestServices
{
    public static string RabbitHost => Require("KHUB_TEST_RABBITMQ_HOST");
    public static ushort RabbitPort => ushort.Parse(Require("KHUB_TEST_RABBITMQ_PORT"));
    public static string RabbitUser => Require("KHUB_TEST_RABBITMQ_USER");
    public static string RabbitPassword => Require("KHUB_TEST_RABBITMQ_PASSWORD");
    public static string RabbitMqCtl => Require("KHUB_TEST_RABBITMQCTL");
    public static string PostgresAdmin => Require("KHUB_TEST_POSTGRES");

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Integration tests need the RabbitMQ and PostgreSQL that `bash ops/test.sh` starts; run them through it.");
}
