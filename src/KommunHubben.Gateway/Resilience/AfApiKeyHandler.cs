using KommunHubben.Gateway.Options;
using Microsoft.Extensions.Options;

namespace KommunHubben.Gateway.Resilience;

/// <summary>Adds the configured API key header to every AF call (when a key is configured).</summary>
public sealed class AfApiKeyHandler(IOptions<AfGatewayOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var auth = options.Value.Authentication;
        if (!string.IsNullOrEmpty(auth.ApiKey))
        {
            request.Headers.Remove(auth.ApiKeyHeader);
            request.Headers.TryAddWithoutValidation(auth.ApiKeyHeader, auth.ApiKey);
        }
        return base.SendAsync(request, ct);
    }
}
