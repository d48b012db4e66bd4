namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// The servers `bash ops/test.sh` started (ops/services/start.sh writes these variables). Without them the
/// integration tests fail with a message saying how to run them; they never silently skip.
/// </summary>
public static class TestServices
{
    public static string RabbitHost => Require("KHUB_TEST_RABBITMQ_HOST");
    public static ushort RabbitPort => ushort.Parse(Require("KHUB_TEST_RABBITMQ_PORT"));

    /// <summary>The test harness's own broker user, with every right in every test vhost (taps, raw publishes).
    /// The hub's processes never use it: they log in as <see cref="RabbitUserFor"/> their role.</summary>
    public static string RabbitUser => Require("KHUB_TEST_RABBITMQ_USER");
    public static string RabbitPassword => Require("KHUB_TEST_RABBITMQ_PASSWORD");
    public static string RabbitMqCtl => Require("KHUB_TEST_RABBITMQCTL");

    /// <summary>Superuser connection to the test cluster (creates and drops the test databases).</summary>
    public static string PostgresAdmin => Require("KHUB_TEST_POSTGRES");

    /// <summary>The least-privilege broker user of a hub service (ops/rabbitmq/definitions.json).</summary>
    public static ServiceLogin RabbitUserFor(HubRole role)
    {
        var name = role.ToString().ToUpperInvariant();
        return new ServiceLogin(Require($"KHUB_TEST_RABBITMQ_{name}_USER"), Require($"KHUB_TEST_RABBITMQ_{name}_PASSWORD"));
    }

    /// <summary>The application role: rows in the hub's schema only (ops/postgres).</summary>
    public static ServiceLogin PostgresApp => new(Require("KHUB_TEST_POSTGRES_APP_USER"), Require("KHUB_TEST_POSTGRES_APP_PASSWORD"));

    /// <summary>The migration role: owns the hub's schema.</summary>
    public static ServiceLogin PostgresMigrator =>
        new(Require("KHUB_TEST_POSTGRES_MIGRATOR_USER"), Require("KHUB_TEST_POSTGRES_MIGRATOR_PASSWORD"));

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Integration tests need the RabbitMQ and PostgreSQL that `bash ops/test.sh` starts; run them through it.");
}

public sealed record ServiceLogin(string User, string Password);

/// <summary>Which hub service a process plays: decides its broker user (and, for the CLI, its rights).</summary>
public enum HubRole
{
    Api,
    Worker,
    Gateway,
    Admin,
}
