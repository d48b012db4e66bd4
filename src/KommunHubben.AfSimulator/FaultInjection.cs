using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KommunHubben.AfSimulator;

/// <summary>
/// Records every AF API call (method, path, headers, body), checks the API key when one is configured, then applies
/// the faults in force: stopped, latency, hang, dropped connection, 429 with Retry-After, 500 — and, after a call was
/// carried out, a lost answer.
/// </summary>
public sealed class FaultInjection(SimulatorState state, IOptions<AfSimulatorOptions> options) : IEndpointFilter
{
    public const string BodyItem = "afsim.body";
    public const string RecordItem = "afsim.record";
    private static readonly Random Random = Random.Shared;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        var record = new RecordedRequest(DateTimeOffset.UtcNow, http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body);
        state.Record(record);
        http.Items[BodyItem] = body;
        http.Items[RecordItem] = record;

        var faults = state.Faults;
        if (faults.Stopped) return Drop(http, record);
        var o = options.Value;
        if (!string.IsNullOrEmpty(o.ApiKey) && http.Request.Headers[o.ApiKeyHeader].ToString() != o.ApiKey)
        {
            record.Outcome = "unauthorized";
            return Results.Problem("A valid API key is required.", statusCode: 401);
        }
        if (faults.LatencyMilliseconds > 0) await Task.Delay(faults.LatencyMilliseconds, http.RequestAborted);
        if (state.TakeHang(Random, HttpMethods.IsPost(http.Request.Method)))
        {
            record.Outcome = "hung";
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }
        if (Random.NextDouble() < faults.DropRate) return Drop(http, record);
        if (Random.NextDouble() < faults.ThrottleRate)
        {
            record.Outcome = "throttled";
            http.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem("Too many requests.", statusCode: 429);
        }
        if (Random.NextDouble() < faults.ServerErrorRate)
        {
            record.Outcome = "server_error";
            return Results.Problem("Injected server error.", statusCode: 500);
        }

        var result = await next(context);
        if (Random.NextDouble() < faults.LoseResponseRate)
        {
            record.Outcome += "+answer_lost";
            return Drop(http, record);
        }
        return result;
    }

    private static object? Drop(HttpContext http, RecordedRequest record)
    {
        if (record.Outcome is "received") record.Outcome = "dropped";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Abort();
        return Results.Empty;
    }
}
