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
}
