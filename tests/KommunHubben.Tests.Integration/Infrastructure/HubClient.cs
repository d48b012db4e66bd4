using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>Talks to the hub's HTTP API as one of the seeded demo users, the way the web pages and integrations do.</summary>
public sealed class HubClient(Uri baseAddress, string userId) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        BaseAddress = baseAddress,
        // English: the tests read the rules' English wording (the API answers in Swedish by default).
        DefaultRequestHeaders = { { "X-Demo-User", userId }, { "Accept-Language", "en" } },
        Timeout = TimeSpan.FromSeconds(30),
    };

    public string UserId => userId;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        return (response.StatusCode, await ReadAsync(response));
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return (response.StatusCode, await ReadAsync(response));
    }

    /// <summary>Submits a case and returns its id; fails the test with the problem details if refused.</summary>
    public async Task<Guid> SubmitAsync(object submission)
    {
        var (status, body) = await PostAsync("/api/v1/cases", submission);
        if (status != HttpStatusCode.Created)
            throw new InvalidOperationException($"Submission refused with {(int)status}: {body?.ToJsonString()}");
        return body!["id"]!.GetValue<Guid>();
    }

    /// <summary>Registers the person's consent for the given case types, valid from yesterday for half a year.</summary>
    public async Task<Guid> RegisterConsentAsync(string personalIdentityNumber, params string[] caseTypes)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (status, body) = await PostAsync("/api/v1/consents", new
        {
            personalIdentityNumber,
            caseTypes,
            informationScope = "Handlingsplan, aktivitetsrapporter och underlag",
            givenOn = today.AddDays(-1),
            givenHow = "Written",
            expiresOn = today.AddMonths(6),
        });
        if (status != HttpStatusCode.Created)
            throw new InvalidOperationException($"Consent refused with {(int)status}: {body?.ToJsonString()}");
        return body!["id"]!.GetValue<Guid>();
    }

    public async Task<JsonNode> GetCaseAsync(Guid id)
    {
        var (status, body) = await GetAsync($"/api/v1/cases/{id}");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"GET case answered {(int)status}: {body?.ToJsonString()}");
        return body!;
    }

    /// <summary>Performs an action on a case (claim, decision …) and fails the test with the problem details if refused.</summary>
    public async Task<JsonNode> ActAsync(Guid id, string action, object body)
    {
        var (status, response) = await PostAsync($"/api/v1/cases/{id}/{action}", body);
        if (status != HttpStatusCode.OK)
            throw new InvalidOperationException($"{action} by {userId} answered {(int)status}: {response?.ToJsonString()}");
        return response!;
    }

    /// <summary>Uploads an evidence file (multipart field "file") and returns its id.</summary>
    public async Task<Guid> UploadAsync(string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        using var response = await _http.PostAsync("/api/v1/attachments", form);
        var body = await ReadAsync(response);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Upload refused with {(int)response.StatusCode}: {body?.ToJsonString()}");
        return body!["id"]!.GetValue<Guid>();
    }

    public async Task<byte[]> DownloadAsync(string path) => await _http.GetByteArrayAsync(path);

    /// <summary>Polls the case until it reaches <paramref name="status"/> (the workflow is asynchronous).</summary>
    public async Task<JsonNode> WaitForStatusAsync(Guid id, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        JsonNode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetCaseAsync(id);
            if (last["status"]!.GetValue<string>() == status) return last;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Case did not reach {status}; last seen: {last?["status"]}");
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(text)) return null;
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return JsonValue.Create(text); }
    }

    public void Dispose() => _http.Dispose();
}
