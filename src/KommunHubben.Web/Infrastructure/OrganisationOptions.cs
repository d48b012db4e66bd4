namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// The organisation behind the service, for the accessibility statement and the privacy notice (configuration section
/// <c>Hub:Organisation</c>, environment <c>Hub__Organisation__*</c>). The defaults are the demo's placeholders: set the
/// real contact addresses and dates before go-live (docs/accessibility.md).
/// </summary>
public sealed class OrganisationOptions
{
    public const string Section = "Hub:Organisation";

    /// <summary>The personal-data controller (personuppgiftsansvarig), e.g. the city's labour-market committee.</summary>
    public string ControllerName { get; set; } = "Arbetsmarknadsnämnden i Stockholms stad";
    public string ControllerOrganisationNumber { get; set; } = "212000-0142";
    public string ControllerAddress { get; set; } = "Arbetsmarknadsförvaltningen, Stockholms stad";
    /// <summary>Where people send questions about the service and report accessibility problems.</summary>
    public string ContactEmail { get; set; } = "kommunhubben@example.se";
    public string? ContactPhone { get; set; }
    /// <summary>The data-protection officer (dataskyddsombud).</summary>
    public string DataProtectionOfficerEmail { get; set; } = "dataskyddsombud@example.se";
    /// <summary>Whether the service fully, partly or does not meet WCAG 2.1 AA (DIGG's three statuses).</summary>
    public ConformanceStatus Conformance { get; set; } = ConformanceStatus.Partial;
    /// <summary>When the service was last assessed, and when this statement was last updated.</summary>
    public DateOnly AssessedOn { get; set; } = new(2026, 12, 5);
    public DateOnly StatementUpdatedOn { get; set; } = new(2026, 12, 5);
}

public enum ConformanceStatus { Full, Partial, None }
