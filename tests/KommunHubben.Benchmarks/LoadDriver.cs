using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Submits cases over HTTP as the demo contact persons, the way many browsers would: one connection pool, many
/// requests in flight, each signed in as one of the 36 contact persons in turn.
/// </summary>
public sealed class LoadDriver(Uri api) : IDisposable
{
    private static readonly byte[] Case = JsonSerializer.SerializeToUtf8Bytes(new
    {
        caseType = "GeneralQuestion",
        generalQuestion = new { topic = "Routines", question = "Hur bokar vi trepartsmöten?" },
    });

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = api,
        Timeout = TimeSpan.FromSeconds(60),
    };
    private int _next;

    public static string ContactPerson(int i) => $"kp-{i % 36 + 1:00}";

    /// <summary>Submits one case; returns its id and the moment the hub answered 201.</summary>
    public async Task<(Guid Id, long AcceptedAt, string SubmittedBy)> SubmitAsync()
    {
        var who = ContactPerson(Interlocked.Increment(ref _next));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = new ByteArrayContent(Case) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Demo-User", who);
        using var response = await _http.SendAsync(request);
        var at = Stopwatch.GetTimestamp();
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {text}");
        return (JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid(), at, who);
    }

    /// <summary>POSTs a case action as <paramref name="who"/>; returns the moment the hub answered 200.</summary>
    public async Task<long> ActAsync(string who, Guid caseId, string action, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/{action}")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Demo-User", who);
        using var response = await _http.SendAsync(request);
        var at = Stopwatch.GetTimestamp();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return at;
    }

    /// <summary>GETs a path as <paramref name="who"/>; returns the milliseconds it took. Fails on anything but 200.</summary>
    public async Task<double> TimedGetAsync(string who, string path, string? reason = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Demo-User", who);
        if (reason is not null) request.Headers.Add("X-Access-Reason", reason);
        var start = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} as {who} answered {(int)response.StatusCode}");
        return ms;
    }

    public void Dispose() => _http.Dispose();
}
