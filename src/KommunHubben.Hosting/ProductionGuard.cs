using KommunHubben.Email;
using KommunHubben.Gateway.Options;
using KommunHubben.Messaging.Bus;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Protection;
using Microsoft.AspNetCore.Http;
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

        var authentication = HubAuthenticationOptions.From(configuration);
        var personalData = configuration.GetSection(PersonalDataOptions.Section).Get<PersonalDataOptions>() ?? new PersonalDataOptions();
        var transport = configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        if (authentication.IsDemo)
            problems.Add($"{HubAuthenticationOptions.Section}:Mode is Demo; the demo sign-in (the X-Demo-User header and the pick-a-user sign-in page) is refused in Production (use Jwt, and OpenID Connect for the pages).");
        // The pages' sign-in cookie must never travel over plain HTTP in production (SameAsRequest is for the http://127.0.0.1 demo).
        if (authentication.Cookie.SecurePolicy != CookieSecurePolicy.Always)
            problems.Add($"{PageCookieOptions.Section}:SecurePolicy must be Always in Production (the sign-in cookie is sent over HTTPS only).");
        if (personalData.ActiveKeyId.StartsWith(PersonalDataOptions.DemoKeyPrefix, StringComparison.Ordinal))
            problems.Add($"{PersonalDataOptions.Section}:ActiveKeyId names a demo key; configure real keys from a secret store.");
        if (transport.Transport != TransportKind.RabbitMq)
            problems.Add($"{TransportOptions.Section}:Transport must be RabbitMq in Production (the in-memory bus loses messages on a crash).");
        if (database.Provider != DatabaseProvider.Postgres)
            problems.Add($"{DatabaseOptions.Section}:Provider must be Postgres in Production.");
        if (HubHostOptions.From(configuration).AfSimulator.RunInProcess)
            problems.Add($"{InProcessAfSimulator.Setting} is true; the AF simulator is a stand-in for tests and demos (configure {AfGatewayOptions.Section}:BaseAddress).");
        if ((configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions()).DemoServer.Enabled)
            problems.Add($"{EmailOptions.Section}:DemoServer:Enabled is true; the demo mail server keeps mail in memory for the demo (configure {EmailOptions.Section}:Host).");

        if (problems.Count > 0)
            throw new InvalidOperationException("Refusing to start in Production:\n - " + string.Join("\n - ", problems));
    }
}
