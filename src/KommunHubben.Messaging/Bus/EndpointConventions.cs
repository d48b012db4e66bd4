using MassTransit;

namespace KommunHubben.Messaging.Bus;

/// <summary>
/// One naming convention for every queue and exchange: kebab-case with the "khub" prefix
/// (e.g. <c>khub-route-case</c>, its error queue <c>khub-route-case_error</c>).
/// </summary>
public static class EndpointConventions
{
    public const string Prefix = "khub";

    public static IEndpointNameFormatter Formatter { get; } = new KebabCaseEndpointNameFormatter(Prefix, false);

    /// <summary>The queue (and fanout exchange) that keeps messages dead-lettered by a quorum queue's delivery limit.</summary>
    public const string DeadLetters = Prefix + "-dead-letters";

    /// <summary>A queue name in the convention, for endpoints that name themselves: "route-case" → "khub-route-case".</summary>
    public static string Queue(string name) => $"{Prefix}-{name}";
}
