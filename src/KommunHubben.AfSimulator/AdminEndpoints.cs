using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KommunHubben.AfSimulator;

/// <summary>
/// The simulator's control panel, for tests, demos and (later) the officer workspace in demo mode. Never faulted.
/// <list type="bullet">
/// <item>GET/PUT /admin/faults — the faults in force (PUT replaces them all).</item>
/// <item>GET /admin/requests, DELETE /admin/requests — every recorded AF call.</item>
/// <item>GET /admin/cases, GET /admin/summary — AF's cases; counts of distinct cases and requests.</item>
/// <item>POST /admin/cases/{ref}/status {status, outcome?} — an AF officer moves a case (e.g. Decided, Granted); the
/// case's ETag changes and, when a webhook is configured, the hub is called with a signed status report.</item>
/// </list>
/// </summary>
public static class AdminEndpoints
{
    public static void MapSimulatorAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapGet("/faults", (SimulatorState state) => Results.Ok(state.Faults));
        admin.MapPut("/faults", (SimulatorFaults faults, SimulatorState state) =>
        {
            state.Faults = faults;
            return Results.Ok(state.Faults);
        });
        admin.MapGet("/requests", (SimulatorState state) => Results.Ok(state.Requests));
        admin.MapDelete("/requests", (SimulatorState state) =>
        {
            state.ClearRequests();
            return Results.NoContent();
        });
        admin.MapGet("/cases", (SimulatorState state) => Results.Ok(state.Cases));
        admin.MapGet("/summary", (SimulatorState state) => Results.Ok(new
        {
            cases = state.Cases.Count,
            distinctHubCases = state.Cases.Select(c => c.HubCaseId).Distinct().Count(),
            requests = state.Requests.Count,
        }));
        admin.MapPost("/cases/{afReference}/status", async (string afReference, StatusChange change, SimulatorState state, WebhookSender webhook, TimeProvider clock, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(change.Status)) return Results.Problem("status is required.", statusCode: 400);
            var c = state.Case(afReference);
            if (c is null) return Results.NotFound();
            lock (c)
            {
                c.Status = change.Status;
                c.Outcome = change.Outcome;
                c.UpdatedAt = clock.GetUtcNow();
                c.Version++;
            }
            var delivered = await webhook.SendAsync(c, ct);
            return Results.Ok(new { c.AfReference, c.Status, c.Outcome, c.ETag, webhook = delivered });
        });
    }

    public sealed record StatusChange(string? Status, string? Outcome);
}
