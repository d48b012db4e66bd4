using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.AfSimulator;

/// <summary>
/// Starts the simulator on a loopback port — for tests, the embedded hub and anyone scripting an outage:
/// <code>
///   await using var af = await AfSimulatorServer.StartAsync();          // a free port
///   af.Faults = af.Faults with { ServerErrorRate = 0.3 };               // switch faults
///   await af.StopAsync(); … await af.StartAgainAsync();                 // AF down, then back (same port, same memory)
///   af.State.Requests / af.State.Cases                                  // what it received and created
/// </code>
/// Point the hub at <see cref="AfApiAddress"/> (Hub:AfGateway:BaseAddress) and the JobTech client at
/// <see cref="JobTechAddress"/>.
/// </summary>
public sealed class AfSimulatorServer : IAsyncDisposable
{
    private readonly AfSimulatorOptions _options;
    private WebApplication? _app;

    private AfSimulatorServer(int port, AfSimulatorOptions options)
    {
        Port = port;
        _options = options;
        State.Faults = options.Faults;
    }

    public int Port { get; }
    public SimulatorState State { get; } = new();
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public Uri AfApiAddress => new(BaseAddress, AfApiEndpoints.PathBase.TrimStart('/') + "/");
    public Uri JobTechAddress => new(BaseAddress, JobTechStandIn.PathBase.TrimStart('/'));
    public bool IsRunning => _app is not null;

    public SimulatorFaults Faults
    {
        get => State.Faults;
        set => State.Faults = value;
    }

    public static async Task<AfSimulatorServer> StartAsync(AfSimulatorOptions? options = null, int port = 0)
    {
        var server = new AfSimulatorServer(port == 0 ? FreePort() : port, options ?? new AfSimulatorOptions());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port with the same memory: AF coming back after an outage.</summary>
    public async Task StartAgainAsync()
    {
        if (_app is not null) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, Port));
        Configure(builder.Services, State, _options);
        var app = builder.Build();
        Map(app);
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops listening: calls get "connection refused" until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is null) return;
        var app = _app;
        _app = null;
        await app.StopAsync(TimeSpan.FromSeconds(1));
        await app.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>The stand-alone program: configuration from appsettings, environment and command line.</summary>
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["Urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5090");
        var options = builder.Configuration.GetSection(AfSimulatorOptions.Section).Get<AfSimulatorOptions>() ?? new AfSimulatorOptions();
        var state = new SimulatorState { Faults = options.Faults };
        Configure(builder.Services, state, options);
        var app = builder.Build();
        Map(app);
        await app.RunAsync();
    }

    private static void Configure(IServiceCollection services, SimulatorState state, AfSimulatorOptions options)
    {
        services.AddSingleton(state);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient("webhook", c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebhookSender>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()));
    }

    private static void Map(WebApplication app)
    {
        app.MapAfApi();
        app.MapSimulatorAdmin();
        app.MapJobTechStandIn();
        app.MapGet("/", () => "AF simulator: AF API under /af/v1, JobTech stand-in under /jobtech/v1/taxonomy, control under /admin.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
