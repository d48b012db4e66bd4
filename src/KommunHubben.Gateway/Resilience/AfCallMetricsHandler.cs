namespace KommunHubben.Gateway.Resilience;

/// <summary>
/// Counts every HTTP attempt to AF by operation and outcome. It sits inside the resilience handler, so each retry is
/// one attempt here; calls refused by an open circuit never reach it and are counted by the caller.
/// </summary>
public sealed class AfCallMetricsHandler(AfGatewayMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var operation = OperationOf(request);
        try
        {
            var response = await base.SendAsync(request, ct);
            metrics.RecordCall(operation, TransientFailures.OutcomeCode(response, null));
            return response;
        }
        catch (Exception ex)
        {
            metrics.RecordCall(operation, TransientFailures.OutcomeCode(null, ex));
            throw;
        }
    }

    /// <summary>The operation from method and path, without ids: forward, status, supplement, acknowledge.</summary>
    public static string OperationOf(HttpRequestMessage request)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (path.EndsWith("/supplements", StringComparison.Ordinal)) return "supplement";
        if (path.EndsWith("/acknowledgements", StringComparison.Ordinal)) return "acknowledge";
        return request.Method == HttpMethod.Post ? "forward" : "status";
    }
}
