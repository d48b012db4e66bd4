using KommunHubben.Messaging.Bus;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Protection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KommunHubben.Hosting;

/// <summary>
/// Refuses to start a Production host with anything that is only safe for a demo: the demo sign-in, a sign-in cookie that may travel
/// over plain HTTP, the published demo encryption keys, the in-memory transport or the SQLite file. Production is also what a host runs as when no
/// environment is set, so a forgotten setting fails closed.
/// </summary>
public static class ProductionGuard
{
    public static void Check(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsProduction()) return;
        var problems = new List<string>();

        if (string.Equals(configuration["Hub:Authentication:Mode"], "Demo", StringComparison.OrdinalIgnoreCase))
            problems.Add("Hub:Authentication:Mode is Demo; the demo sign-in (the X-Demo-User header and the pick-a-user sign-in page) is refused in Production (use Jwt, and OpenID Connect for the pages).");
        // The pages' sign-in cookie must never travel over plain HTTP in production (SameAsRequest is for the http://127.0.0.1 demo).
        if (configuration["Hub:Authentication:Cookie:SecurePolicy"] is { Length: > 0 } secure && !string.Equals(secure, "Always", StringComparison.OrdinalIgnoreCase))
            problems.Add("Hub:Authentication:Cookie:SecurePolicy must be Always in Production (the sign-in cookie is sent over HTTPS only).");
        var activeKey = configuration[$"{PersonalDataOptions.Section}:ActiveKeyId"] ?? "";
        if (activeKey.StartsWith(PersonalDataOptions.DemoKeyPrefix, StringComparison.Ordinal))
            problems.Add($"{PersonalDataOptions.Section}:ActiveKeyId names a demo key; configure real keys from a secret store.");
        if (!string.Equals(configuration[$"{TransportOptions.Section}:Transport"], nameof(TransportKind.RabbitMq), StringComparison.OrdinalIgnoreCase))
            problems.Add($"{TransportOptions.Section}:Transport must be RabbitMq in Production (the in-memory bus loses messages on a crash).");
        if (!string.Equals(configuration[$"{DatabaseOptions.Section}:Provider"], nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
            problems.Add($"{DatabaseOptions.Section}:Provider must be Postgres in Production.");
        if (configuration.GetValue<bool>(InProcessAfSimulator.Setting))
            problems.Add($"{InProcessAfSimulator.Setting} is true; the AF simulator is a stand-in for tests and demos (configure Hub:AfGateway:BaseAddress).");
        if (configuration.GetValue<bool>("Hub:Email:DemoServer:Enabled"))
            problems.Add("Hub:Email:DemoServer:Enabled is true; the demo mail server keeps mail in memory for the demo (configure Hub:Email:Host).");

        if (problems.Count > 0)
            throw new InvalidOperationException("Refusing to start in Production:\n - " + string.Join("\n - ", problems));
    }
}
