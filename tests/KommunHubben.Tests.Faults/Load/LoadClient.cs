using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KommunHubben.Tests.Faults.Load;

/// <summary>What one HTTP call came to: an answer with its status and body, or no answer at all (the connection
/// failed or was cut — the request may or may not have been carried out).</summary>
public sealed record Reply(HttpStatusCode? Status, JsonNode? Body)
{
    public bool Unanswered => Status is null;
    public static Reply None { get; } = new(null, null);
}

/// <summary>The driver's HTTP access to the hub as any demo user. Never throws for a failed call: the driver decides
/// what an unanswered or refused call means for the case it is moving.</summary>
public sealed class LoadClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        MaxConnectionsPerServer = 64,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Task<Reply> PostAsync(string user, string path, object body) =>
        SendAsync(user, new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) });

    public Task<Reply> GetAsync(string user, string path) => SendAsync(user, new HttpRequestMessage(HttpMethod.Get, path));

    private async Task<Reply> SendAsync(string user, HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Add("X-Demo-User", user);
            request.Headers.Add("X-Access-Reason", "fault-suite");
            try
            {
                using var response = await _http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                JsonNode? body = null;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    try { body = JsonNode.Parse(text); }
                    catch (JsonException) { body = JsonValue.Create(text); }
                }
                return new Reply(response.StatusCode, body);
            }
            catch (HttpRequestException) { return Reply.None; }
            catch (TaskCanceledException) { return Reply.None; }
            catch (IOException) { return Reply.None; }
        }
    }

    public void Dispose() => _http.Dispose();
}
