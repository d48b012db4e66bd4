using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace KommunHubben.AfSimulator;

/// <summary>
/// AF's case API as the simulator serves it, under /af/v1: POST /cases, GET /cases/{ref} (ETag, If-None-Match → 304),
/// POST /cases/{ref}/supplements and /acknowledgements. Every call is recorded, faults are applied first (see
/// <see cref="FaultInjection"/>), and every changing call needs an Idempotency-Key: a repeated key gets the first
/// answer again and changes nothing.
/// </summary>
public static class AfApiEndpoints
{
    public const string PathBase = "/af/v1";

    public static void MapAfApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(PathBase).AddEndpointFilter<FaultInjection>();

        api.MapPost("/cases", (HttpContext http, SimulatorState state, TimeProvider clock) =>
        {
            var (key, body, refused) = Read(http);
            if (refused is not null) return refused;
            var hubCaseId = body?["hubCaseId"]?.GetValue<Guid>();
            var caseType = body?["caseType"]?.GetValue<string>();
            if (hubCaseId is null || string.IsNullOrEmpty(caseType))
                return Results.Problem("hubCaseId and caseType are required.", statusCode: 400);
            var (answer, created) = state.AnswerOnce("cases", key!, () =>
            {
                var c = state.CreateCase(hubCaseId.Value, caseType, key!, clock.GetUtcNow());
                return new StoredAnswer(201, new { afReference = c.AfReference, status = c.Status, receivedAt = c.UpdatedAt });
            });
            return Answer(http, answer, created);
        });

        api.MapGet("/cases/{afReference}", (string afReference, HttpContext http, SimulatorState state) =>
        {
            var c = state.Case(afReference);
            if (c is null) return Results.NotFound();
            lock (c)
            {
                http.Response.Headers.ETag = c.ETag;
                if (http.Request.Headers.IfNoneMatch.ToString() == c.ETag)
                {
                    Outcome(http, "not_modified");
                    return Results.StatusCode(304);
                }
                Outcome(http, "read");
                return Results.Ok(new { afReference = c.AfReference, hubCaseId = c.HubCaseId, status = c.Status, outcome = c.Outcome, updatedAt = c.UpdatedAt });
            }
        });

        api.MapPost("/cases/{afReference}/supplements", (string afReference, HttpContext http, SimulatorState state, TimeProvider clock) =>
            Change(http, state, afReference, "supplements", (c, body) =>
            {
                var number = body?["supplementNumber"]?.GetValue<int>() ?? 0;
                if (number < 1 || string.IsNullOrEmpty(body?["answer"]?.GetValue<string>())) return null;
                c.Supplements.Add(number);
                return new StoredAnswer(202, new { afReference, receivedAt = clock.GetUtcNow() });
            }));

        api.MapPost("/cases/{afReference}/acknowledgements", (string afReference, HttpContext http, SimulatorState state, TimeProvider clock) =>
            Change(http, state, afReference, "acknowledgements", (c, body) =>
            {
                var status = body?["status"]?.GetValue<string>();
                if (string.IsNullOrEmpty(status)) return null;
                c.Acknowledged.Add(status);
                return new StoredAnswer(202, new { afReference, receivedAt = clock.GetUtcNow() });
            }));
    }

    private static IResult Change(HttpContext http, SimulatorState state, string afReference, string scope, Func<SimulatedCase, JsonNode?, StoredAnswer?> apply)
    {
        var (key, body, refused) = Read(http);
        if (refused is not null) return refused;
        var c = state.Case(afReference);
        if (c is null) return Results.NotFound();
        StoredAnswer? invalid = null;
        var (answer, created) = state.AnswerOnce(scope, key!, () =>
        {
            lock (c) { return apply(c, body) ?? (invalid = new StoredAnswer(400, new { title = "The body is missing a required field." })); }
        });
        if (invalid is not null) return Results.Json(invalid.Body, statusCode: 400);
        return Answer(http, answer, created);
    }

    /// <summary>The Idempotency-Key and JSON body of a changing call, or the refusal when either is missing.</summary>
    private static (string? Key, JsonNode? Body, IResult? Refused) Read(HttpContext http)
    {
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return (null, null, Results.Problem("The Idempotency-Key header is required on every changing call.", statusCode: 400));
        var raw = http.Items[FaultInjection.BodyItem] as string ?? "";
        try { return (key, JsonNode.Parse(raw), null); }
        catch (JsonException) { return (null, null, Results.Problem("The body must be JSON.", statusCode: 400)); }
    }

    private static IResult Answer(HttpContext http, StoredAnswer answer, bool created)
    {
        Outcome(http, created ? "created" : "replayed");
        if (!created) http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Json(answer.Body, statusCode: answer.StatusCode);
    }

    private static void Outcome(HttpContext http, string outcome)
    {
        if (http.Items[FaultInjection.RecordItem] is RecordedRequest r) r.Outcome = outcome;
    }
}
