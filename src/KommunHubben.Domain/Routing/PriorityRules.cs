using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// The rules that put a case ahead in an officer's queue. Pure: today is passed in. Each rule that fires adds its
/// name; the case's level is the highest level among them. A date rule also fires when the start date has already
/// passed (the case is then late, not less urgent), and never fires for a case without a start date.
/// </summary>
public static class PriorityRules
{
    /// <summary>A wage-subsidy case whose start date is within the configured days (default 14).</summary>
    public const string WageSubsidyStartsSoon = "wage-subsidy-starts-soon";

    /// <summary>A nystartsjobb case whose start date is within the configured days (default 21: the 3-week rule).</summary>
    public const string NystartsjobbThreeWeeks = "nystartsjobb-3-weeks";

    /// <summary>A case from the defectors' support team (avhopparverksamheten).</summary>
    public const string AvhoppareTeam = "avhoppare-team";

    /// <summary>A case tagged to a joint project (off by default).</summary>
    public const string JointProject = "joint-project";

    public static PriorityAssessment Evaluate(CaseToRoute @case, DateOnly today, PriorityRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(options);

        var fired = new List<string>();
        var level = CasePriority.Normal;

        void Fire(string rule, CasePriority ruleLevel)
        {
            fired.Add(rule);
            if (ruleLevel > level)
                level = ruleLevel;
        }

        if (options.WageSubsidyStartEnabled && @case.Type == CaseType.WageSubsidy
            && StartsWithin(@case.StartDate, today, options.WageSubsidyStartWithinDays))
            Fire(WageSubsidyStartsSoon, options.WageSubsidyStartLevel);

        if (options.NystartsjobbEnabled && @case.IsNystartsjobb
            && StartsWithin(@case.StartDate, today, options.NystartsjobbWithinDays))
            Fire(NystartsjobbThreeWeeks, options.NystartsjobbLevel);

        if (!string.IsNullOrEmpty(options.AvhoppareUnitId)
            && string.Equals(@case.UnitId, options.AvhoppareUnitId, StringComparison.Ordinal))
            Fire(AvhoppareTeam, options.AvhoppareLevel);

        if (options.JointProjectEnabled && !string.IsNullOrEmpty(@case.ProjectId)
            && (options.JointProjectIds.Count == 0 || options.JointProjectIds.Contains(@case.ProjectId)))
            Fire(JointProject, options.JointProjectLevel);

        return fired.Count == 0 ? PriorityAssessment.Normal : new PriorityAssessment(level, fired);
    }

    /// <summary>True when the start is at most <paramref name="days"/> days after today (a passed start counts).</summary>
    private static bool StartsWithin(DateOnly? start, DateOnly today, int days) =>
        start is { } date && date.DayNumber - today.DayNumber <= days;
}
