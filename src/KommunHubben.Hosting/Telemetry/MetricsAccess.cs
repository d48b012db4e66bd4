using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace KommunHubben.Hosting.Telemetry;

public enum MetricsDecision
{
    /// <summary>Not a metrics request and not on the management port: the host's own pipeline handles it.</summary>
    PassOn,

    /// <summary>A scrape that may be served.</summary>
    Serve,

    /// <summary>404: metrics are not served to this caller on this port, or the management port was asked for something else.</summary>
    NotHere,

    /// <summary>401: a scrape token is configured and the request did not carry it.</summary>
    Unauthorized,
}

/// <summary>
/// Who may read <c>/metrics</c> (rules in <see cref="MetricsOptions"/>). The management port is recognised by the
/// connection's local port, never by the Host header, which a caller chooses.
/// </summary>
public sealed class MetricsAccess(MetricsOptions options, IHostEnvironment environment)
{
    private readonly byte[]? _token = string.IsNullOrEmpty(options.ScrapeToken) ? null : Encoding.UTF8.GetBytes(options.ScrapeToken);

    public bool Enabled => options.Enabled;

    public MetricsDecision Decide(HttpContext context)
    {
        var onManagementPort = options.Port > 0 && context.Connection.LocalPort == options.Port;
        var isScrape = context.Request.Path == HubTelemetry.MetricsPath;
        if (onManagementPort && !isScrape) return MetricsDecision.NotHere;
        if (!isScrape) return MetricsDecision.PassOn;

        var allowedHere = onManagementPort
                          || (options.Port <= 0 && (_token is not null || (!environment.IsProduction() && IsLoopback(context))));
        if (!allowedHere) return MetricsDecision.NotHere;
        if (_token is not null && !CarriesToken(context)) return MetricsDecision.Unauthorized;
        return MetricsDecision.Serve;
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);

    private bool CarriesToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
    }
}
