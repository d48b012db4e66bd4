using System.Security.Cryptography;
using KommunHubben.AfSimulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Hosting;

/// <summary>
/// The embedded default's stand-in for Arbetsförmedlingen: with <c>Hub:AfSimulator:RunInProcess</c> the AF simulator
/// runs inside the hub process on a loopback port of its own (<c>Hub:AfSimulator:Port</c>, default a free one), the
/// gateway is pointed at it, and its webhook at this hub's own /api/v1/af/webhook with a shared secret made at start.
/// A separate port, not a path on the API: the API's rate limits and sign-in must not apply to AF's side.
/// </summary>
public sealed class InProcessAfSimulator(AfSimulatorOptions options, int port, ILogger<InProcessAfSimulator> log) : IHostedService
{
    public const string Setting = "Hub:AfSimulator:RunInProcess";
    private AfSimulatorServer? _server;

    public static void AddIfConfigured(IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (!config.GetValue<bool>(Setting)) return;
        var port = config.GetValue<int?>("Hub:AfSimulator:Port") ?? 0;
        if (port == 0)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }
        var secret = config["Hub:AfGateway:Webhook:Secret"] is { Length: > 0 } configured
            ? configured
            : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var apiUrl = (config["Urls"] ?? config["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5080").Split(';')[0].TrimEnd('/');
        var settings = new Dictionary<string, string?>
        {
            ["Hub:AfGateway:Webhook:Secret"] = secret,
            ["Hub:JobTech:BaseAddress"] = config["Hub:JobTech:BaseAddress"] ?? $"http://127.0.0.1:{port}/jobtech/v1/taxonomy",
        };
        if (string.IsNullOrEmpty(config["Hub:AfGateway:BaseAddress"]))
            settings["Hub:AfGateway:BaseAddress"] = $"http://127.0.0.1:{port}/af/v1/";
        config.AddInMemoryCollection(settings);

        var options = new AfSimulatorOptions { WebhookUrl = new Uri(apiUrl + "/api/v1/af/webhook"), WebhookSecret = secret };
        builder.Services.AddHostedService(sp => new InProcessAfSimulator(options, port, sp.GetRequiredService<ILogger<InProcessAfSimulator>>()));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _server = await AfSimulatorServer.StartAsync(options, port);
        log.LogInformation("AF simulator running in-process at {Address} (control: {Admin})", _server.AfApiAddress, new Uri(_server.BaseAddress, "admin/faults"));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
