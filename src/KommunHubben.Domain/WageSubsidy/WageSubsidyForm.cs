namespace KommunHubben.Domain.WageSubsidy;

/// <summary>The three forms of wage subsidy (lönebidrag) in SFS 2017:462. The form decides how long it may last.</summary>
public enum WageSubsidyForm
{
    /// <summary>Lönebidrag för utveckling i anställning: at most 24 months in total.</summary>
    Development,

    /// <summary>Lönebidrag för anställning: at most 96 months (8 years) in total.</summary>
    Employment,

    /// <summary>Lönebidrag för trygghet i anställning: at most 48 months per decision, no total cap.</summary>
    SecurityInEmployment,
}
