using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Options;
using KommunHubben.Gateway.Resilience;
using KommunHubben.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;

namespace KommunHubben.Gateway.Forwarding;

/// <summary>
/// Runs one AF call for a consumer: a non-success answer (after the resilience handler's retries) becomes an
/// <see cref="AfCallFailedException"/>; a failure is written on the case's forwarding row (attempts, last error, and
/// Failed on the last delivery) in its own small transaction, then rethrown so MassTransit redelivers the message.
/// </summary>
public sealed class AfCallGuard(HubDbContext db, AfGatewayMetrics metrics, IOptions<AfGatewayOptions> options, TimeProvider clock, ILogger<AfCallGuard> log)
{
    public async Task<T> CallAsync<T>(ConsumeContext context, Guid caseId, string operation, Func<CancellationToken, Task<IApiResponse<T>>> call)
    {
        try
        {
            using var response = await call(context.CancellationToken);
            if (response.IsSuccessStatusCode && response.Content is not null)
                return response.Content;
            // No status code: the request itself failed (timeout, connection, open circuit); Refit keeps the cause in Error.
            if (response.StatusCode is null && response.Error is { } error)
                throw error.InnerException ?? error;
            throw AfCallFailedException.FromStatus(operation, response.StatusCode ?? System.Net.HttpStatusCode.BadGateway);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            var failure = ex as AfCallFailedException
                ?? new AfCallFailedException(operation, TransientFailures.OutcomeCode(null, ex), permanent: false, ex);
            if (ex is BrokenCircuitException) metrics.RecordCall(operation, "circuit_open");
            var final = failure.Permanent || context.GetRetryAttempt() >= options.Value.Redelivery.EffectiveIntervals.Count;
            await RecordFailureAsync(caseId, operation, failure.ErrorCode, final);
            log.LogWarning("AF call {Operation} for case {CaseId} failed ({Error}); {Next}", operation, caseId, failure.ErrorCode,
                final ? "no more redeliveries: the message goes to the error queue" : "it will be redelivered");
            throw failure;
        }
    }

    private async Task RecordFailureAsync(Guid caseId, string operation, string error, bool final)
    {
        // Only the forwarding itself moves the row to Failed; a failed supplement or acknowledgement is recorded as its error.
        db.ChangeTracker.Clear();
        var row = await db.AfForwardings.FirstOrDefaultAsync(f => f.CaseId == caseId);
        if (row is null) return;
        row.RecordFailedAttempt($"{operation}:{error}", final && operation == "forward", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
