namespace KommunHubben.Messaging.Bus;

/// <summary>
/// Every receive endpoint the hub declares, in one place: the consumer definitions name themselves with these names
/// (a test checks that the two agree), and the administrators' <c>khub dead-letters</c> tools find the error queues
/// from them. Add a new endpoint here when a consumer definition gets a new <c>EndpointName</c>.
/// </summary>
public static class KnownEndpoints
{
    public static string RouteCase { get; } = EndpointConventions.Queue("route-case");
    public static string PlanDeadlines { get; } = EndpointConventions.Queue("plan-deadlines");
    public static string NotifyPeople { get; } = EndpointConventions.Queue("notify-people");
    /// <summary>The AF gateway's HTTP calls (forward, supplement, acknowledge): an AF outage backs up this queue only.</summary>
    public static string AfGateway { get; } = EndpointConventions.Queue("af-gateway");
    /// <summary>The AF gateway's database-only bookkeeping (what to forward, AF's reported statuses).</summary>
    public static string AfGatewayIntake { get; } = EndpointConventions.Queue("af-gateway-intake");

    public static string ReportingProjection { get; } = EndpointConventions.Queue("reporting-projection");

    /// <summary>The input queue of every endpoint.</summary>
    public static IReadOnlyList<string> All { get; } = [RouteCase, PlanDeadlines, NotifyPeople, AfGateway, AfGatewayIntake, ReportingProjection];

    /// <summary>MassTransit's error queue of an endpoint: where a message goes when its retries are exhausted.</summary>
    public static string ErrorQueue(string endpoint) => endpoint + ErrorSuffix;

    public const string ErrorSuffix = "_error";

    /// <summary>
    /// Every queue where failed messages wait for an administrator: each endpoint's <c>_error</c> queue and the shared
    /// <see cref="EndpointConventions.DeadLetters"/> queue (messages dead-lettered by the quorum delivery limit).
    /// </summary>
    public static IReadOnlyList<string> DeadLetterQueues { get; } = [.. All.Select(ErrorQueue), EndpointConventions.DeadLetters];
}
