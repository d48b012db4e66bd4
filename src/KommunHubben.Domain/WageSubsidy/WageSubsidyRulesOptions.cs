namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// The numbers behind the wage-subsidy rules. They change by government decision (the wage ceiling especially), so
/// they are configuration, bound from settings by the host; the defaults are the values in force when this was written.
/// </summary>
public sealed class WageSubsidyRulesOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:WageSubsidy";

    /// <summary>The highest gross monthly wage, at full time, that the subsidy is calculated on (kr). Pro rata for part time.</summary>
    public decimal WageCeilingFullTime { get; set; } = 20000m;

    /// <summary>A first decision covers at most one year (SFS 2017:462).</summary>
    public int FirstDecisionMaxMonths { get; set; } = 12;

    /// <summary>Lönebidrag för utveckling i anställning: at most two years in total.</summary>
    public int DevelopmentTotalMaxMonths { get; set; } = 24;

    /// <summary>Lönebidrag för anställning: at most eight years in total.</summary>
    public int EmploymentTotalMaxMonths { get; set; } = 96;

    /// <summary>Lönebidrag för trygghet i anställning: at most four years per decision.</summary>
    public int SecurityPerDecisionMaxMonths { get; set; } = 48;

    /// <summary>A sanity bound on the gross monthly wage (kr), to catch an extra digit typed by mistake. (assumed)</summary>
    public decimal MaxGrossMonthlyWage { get; set; } = 200000m;

    /// <summary>The highest subsidy share of the basis an officer may grant, in percent. (assumed)</summary>
    public int MaxSubsidyPercent { get; set; } = 90;
}
