using Refit;

namespace KommunHubben.Gateway.Af;

/// <summary>
/// Arbetsförmedlingen's case API as the gateway uses it (today served by the AF simulator). Every call that changes
/// something carries an Idempotency-Key; reads can be conditional. The answers are not thrown on: the caller
/// decides from the status code, after the resilience handler has done its retries.
/// </summary>
public interface IAfCasesApi
{
    [Post("/cases")]
    Task<IApiResponse<AfCaseReceipt>> ForwardCaseAsync(
        [Header(IdempotencyKeys.Header)] string idempotencyKey, [Body] AfCaseRequest request, CancellationToken ct);

    [Get("/cases/{afReference}")]
    Task<IApiResponse<AfCaseStatusView>> GetCaseAsync(
        string afReference, [Header("If-None-Match")] string? ifNoneMatch, CancellationToken ct);

    [Post("/cases/{afReference}/supplements")]
    Task<IApiResponse<AfReceipt>> SendSupplementAsync(
        string afReference, [Header(IdempotencyKeys.Header)] string idempotencyKey, [Body] AfSupplementRequest request, CancellationToken ct);

    [Post("/cases/{afReference}/acknowledgements")]
    Task<IApiResponse<AfReceipt>> AcknowledgeAsync(
        string afReference, [Header(IdempotencyKeys.Header)] string idempotencyKey, [Body] AfAcknowledgementRequest request, CancellationToken ct);
}
