using System.Security.Cryptography;
using KommunHubben.AfSimulator;
using KommunHubben.Gateway.JobTech;
using KommunHubben.Gateway.Options;
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
    /// <summary>The setting's name, for messages.</summary>
    public const string Setting = $"{HubHostOptions.Section}:{nameof(HubHostOptions.AfSimulator)}:{nameof(AfSimulatorHostOptions.RunInProcess)}";
    private AfSimulatorServer? _server;

    public static void AddIfConfigured(IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var simulator = HubHostOptions.From(config).AfSimulator;
        if (!simulator.RunInProcess) return;
        var port = simulator.Port;
        if (port == 0)
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }
        var gateway = config.GetSection(AfGatewayOptions.Section).Get<AfGatewayOptions>() ?? new AfGatewayOptions();
        // Only an address set in configuration wins over the simulator's; the class's default is the real JobTech.
        var configuredJobTech = config.GetSection(JobTechOptions.Section)[nameof(JobTechOptions.BaseAddress)];
        var secret = gateway.Webhook.Secret is { Length: > 0 } configured
            ? configured
            : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var apiUrl = (config["Urls"] ?? config["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5080").Split(';')[0].TrimEnd('/');
        // Written back as settings, so the gateway's and JobTech's own options bind to the simulator.
        var settings = new Dictionary<string, string?>
        {
            [$"{AfGatewayOptions.Section}:{nameof(AfGatewayOptions.Webhook)}:{nameof(AfWebhookOptions.Secret)}"] = secret,
            [$"{JobTechOptions.Section}:{nameof(JobTechOptions.BaseAddress)}"] =
                configuredJobTech ?? $"http://127.0.0.1:{port}/jobtech/v1/taxonomy",
        };
        if (gateway.BaseAddress is null)
            settings[$"{AfGatewayOptions.Section}:{nameof(AfGatewayOptions.BaseAddress)}"] = $"http://127.0.0.1:{port}/af/v1/";
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
