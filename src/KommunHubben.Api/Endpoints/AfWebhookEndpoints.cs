using KommunHubben.Gateway.Webhooks;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// POST /api/v1/af/webhook: Arbetsförmedlingen's side reports a status or decision. No hub sign-in: the caller is
/// proven by the HMAC signature over the raw body and timestamp (Gateway/Webhooks/WebhookSignature.cs), checked
/// before the body is read. A refused call changes nothing.
/// </summary>
public static class AfWebhookEndpoints
{
    public static void MapAfWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/af/webhook", async (HttpContext http, AfWebhookReceiver receiver, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, ct);
                var result = await receiver.ReceiveAsync(buffer.ToArray(),
                    http.Request.Headers[WebhookSignature.TimestampHeader].ToString(),
                    http.Request.Headers[WebhookSignature.SignatureHeader].ToString(), ct);
                return result switch
                {
                    AfWebhookResult.Accepted => Results.Accepted(),
                    AfWebhookResult.Refused refused => Results.Problem(
                        $"The webhook call is not signed as agreed ({refused.Reason}): {WebhookSignature.TimestampHeader} must be Unix seconds " +
                        $"within the allowed clock skew and {WebhookSignature.SignatureHeader} sha256=hex of HMAC-SHA256(secret, \"timestamp.body\").",
                        statusCode: StatusCodes.Status401Unauthorized, title: "Signature refused"),
                    AfWebhookResult.Invalid invalid => Results.Problem(string.Join("; ", invalid.Errors),
                        statusCode: StatusCodes.Status400BadRequest, title: "Bad webhook body"),
                    _ => Results.Problem("No case forwarded to AF has this hubCaseId and afReference.",
                        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unknown case"),
                };
            })
            .AllowAnonymous()
            .WithTags("Arbetsförmedlingen")
            .WithName("ReceiveAfWebhook")
            .WithSummary("Receive a status report from Arbetsförmedlingen")
            .WithDescription("Called by AF's side, not by hub users. Body `{hubCaseId, afReference, status, outcome?, occurredAt}`; headers " +
                             "`X-Af-Timestamp` (Unix seconds) and `X-Af-Signature: sha256=<hex>` = HMAC-SHA256 with the shared secret over " +
                             "`<timestamp>.<raw body>`. 202 when recorded (a repeated report is recorded once).")
            .Accepts<AfWebhookPayload>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
