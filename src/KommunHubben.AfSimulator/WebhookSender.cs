using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KommunHubben.AfSimulator;

/// <summary>
/// Calls the hub's webhook the way AF's side would: a JSON status report signed with HMAC-SHA256 over
/// "timestamp.body" (headers X-Af-Timestamp and X-Af-Signature: sha256=hex). Written independently of the hub's
/// verifier on purpose, so a drift between the two shows in the tests.
/// </summary>
public sealed class WebhookSender(IOptions<AfSimulatorOptions> options, IHttpClientFactory http, TimeProvider clock)
{
    /// <returns>The hub's status code, or null when no webhook is configured or it could not be reached.</returns>
    public async Task<int?> SendAsync(SimulatedCase c, CancellationToken ct)
    {
        var o = options.Value;
        if (o.WebhookUrl is null || string.IsNullOrEmpty(o.WebhookSecret)) return null;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            hubCaseId = c.HubCaseId, afReference = c.AfReference, status = c.Status, outcome = c.Outcome, occurredAt = c.UpdatedAt,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.ASCII.GetBytes(timestamp + ".").Concat(body).ToArray();
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(o.WebhookSecret), signed));

        using var request = new HttpRequestMessage(HttpMethod.Post, o.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Af-Timestamp", timestamp);
        request.Headers.Add("X-Af-Signature", signature);
        try
        {
            using var response = await http.CreateClient("webhook").SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException) { return null; }
    }
}
