using System.Text.Json;
using KommunHubben.Contracts;
using KommunHubben.Gateway.Options;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Gateway.Webhooks;

/// <summary>
/// Takes one webhook call from AF: verifies the signature over the raw body before reading anything in it, then
/// writes <see cref="AfCaseStatusReported"/> to the outbox — the same event the poller writes, so both paths end in
/// the same (idempotent) intake consumer. A refused call changes nothing.
/// </summary>
public sealed class AfWebhookReceiver(
    HubDbContext db, OutboxSignal signal, IOptions<AfGatewayOptions> options, TimeProvider clock, ILogger<AfWebhookReceiver> log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AfWebhookResult> ReceiveAsync(byte[] body, string? timestamp, string? signature, CancellationToken ct)
    {
        var webhook = options.Value.Webhook;
        var verification = WebhookSignature.Verify(webhook.Secret, timestamp, signature, body, clock.GetUtcNow(), webhook.Tolerance);
        if (verification != WebhookVerification.Valid)
        {
            log.LogWarning("AF webhook call refused: {Verification}", verification);
            return new AfWebhookResult.Refused(verification);
        }

        AfWebhookPayload? payload;
        try { payload = JsonSerializer.Deserialize<AfWebhookPayload>(body, Json); }
        catch (JsonException) { payload = null; }
        var errors = payload is null ? ["body: must be a JSON object"] : payload.Validate();
        if (errors.Count > 0) return new AfWebhookResult.Invalid(errors);

        var known = await db.AfForwardings.AnyAsync(f => f.CaseId == payload!.HubCaseId && f.AfReference == payload.AfReference, ct);
        if (!known) return new AfWebhookResult.UnknownCase();

        var now = clock.GetUtcNow().UtcDateTime;
        db.PublishAfterCommit(new AfCaseStatusReported(
            payload!.HubCaseId, payload.AfReference!, payload.Status!, payload.Outcome, payload.OccurredAt!.Value.UtcDateTime, "webhook"), now);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return new AfWebhookResult.Accepted();
    }
}

/// <summary>The body AF posts: which case, AF's status code and (once decided) outcome code, and when.</summary>
public sealed record AfWebhookPayload(Guid HubCaseId, string? AfReference, string? Status, string? Outcome, DateTimeOffset? OccurredAt)
{
    public List<string> Validate()
    {
        var errors = new List<string>();
        if (HubCaseId == Guid.Empty) errors.Add("hubCaseId: is required");
        if (string.IsNullOrWhiteSpace(AfReference) || AfReference.Length > 64) errors.Add("afReference: is required, at most 64 characters");
        if (string.IsNullOrWhiteSpace(Status) || Status.Length > 32) errors.Add("status: is required, at most 32 characters");
        if (Outcome is { Length: > 64 }) errors.Add("outcome: at most 64 characters");
        if (OccurredAt is null) errors.Add("occurredAt: is required");
        return errors;
    }
}

public abstract record AfWebhookResult
{
    public sealed record Accepted : AfWebhookResult;
    public sealed record Refused(WebhookVerification Reason) : AfWebhookResult;
    public sealed record Invalid(IReadOnlyList<string> Errors) : AfWebhookResult;
    public sealed record UnknownCase : AfWebhookResult;
}
