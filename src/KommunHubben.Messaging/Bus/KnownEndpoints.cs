namespace KommunHubben.Messaging.Bus;

/// <summary>
/// Every receive endpoint the hub declares, in one place: the consumer definitions name themselves with these names
/// (a test checks that the two agree), and the administrators' <c>khub dead-letters</c> tools find the error queues
/// from them. Add a new endpoint here when a consumer definition gets a new <c>EndpointName</c>.
/// </summary>
public static class KnownEndpoints
{
    /// <summary>Routing: what follows <c>CaseSubmitted</c> (one decision at a time across all workers, so its own queue).</summary>
    public static string RouteCase { get; } = EndpointConventions.Queue("route-case");
    /// <summary>What follows every other case event: deadlines, notices, the reporting projection (Workflow/Events).</summary>
    public static string Workflow { get; } = EndpointConventions.Queue("workflow");
    /// <summary>The AF gateway's HTTP calls (forward, supplement, acknowledge): an AF outage backs up this queue only.</summary>
    public static string AfGateway { get; } = EndpointConventions.Queue("af-gateway");
    /// <summary>The AF gateway's database-only bookkeeping (what to forward, AF's reported statuses).</summary>
    public static string AfGatewayIntake { get; } = EndpointConventions.Queue("af-gateway-intake");

    /// <summary>The input queue of every endpoint.</summary>
    public static IReadOnlyList<string> All { get; } = [RouteCase, Workflow, AfGateway, AfGatewayIntake];

    /// <summary>The endpoints whose consumers take their messages in batches (one transaction per batch).</summary>
    public static IReadOnlySet<string> Batched { get; } = new HashSet<string> { RouteCase, Workflow };

    /// <summary>MassTransit's error queue of an endpoint: where a message goes when its retries are exhausted.</summary>
    public static string ErrorQueue(string endpoint) => endpoint + ErrorSuffix;

    public const string ErrorSuffix = "_error";

    /// <summary>
    /// Every queue where failed messages wait for an administrator: each endpoint's <c>_error</c> queue and the shared
    /// <see cref="EndpointConventions.DeadLetters"/> queue (messages dead-lettered by the quorum delivery limit).
    /// </summary>
    public static IReadOnlyList<string> DeadLetterQueues { get; } = [.. All.Select(ErrorQueue), EndpointConventions.DeadLetters];
}
