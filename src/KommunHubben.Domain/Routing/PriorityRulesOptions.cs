namespace KommunHubben.Domain.Routing;

/// <summary>
/// Settings of the rules that put a case ahead in the queue (<see cref="PriorityRules"/>). Bound from settings by the
/// host; the levels each rule gives are a design choice (assumed), so they are settings too.
/// </summary>
public sealed class PriorityRulesOptions
{
    /// <summary>Wage subsidy cases whose start date is near (or already passed) go ahead.</summary>
    public bool WageSubsidyStartEnabled { get; set; } = true;

    /// <summary>How near, in days from today, the start date must be for the wage-subsidy rule to fire.</summary>
    public int WageSubsidyStartWithinDays { get; set; } = 14;

    public CasePriority WageSubsidyStartLevel { get; set; } = CasePriority.Urgent;

    /// <summary>Nystartsjobb cases (of any type) whose start is near: AF wants them at least three weeks before.</summary>
    public bool NystartsjobbEnabled { get; set; } = true;

    /// <summary>How near, in days from today, a nystartsjobb's start must be for the rule to fire.</summary>
    public int NystartsjobbWithinDays { get; set; } = 21;

    public CasePriority NystartsjobbLevel { get; set; } = CasePriority.Urgent;

    /// <summary>The unit whose cases go ahead (the defectors' support team); null or empty turns the rule off.</summary>
    public string? AvhoppareUnitId { get; set; } = "avhoppare";

    public CasePriority AvhoppareLevel { get; set; } = CasePriority.High;

    /// <summary>Cases tagged to a joint project go ahead. Off by default.</summary>
    public bool JointProjectEnabled { get; set; }

    /// <summary>The projects that count; empty means any project a case is tagged to.</summary>
    public HashSet<string> JointProjectIds { get; set; } = new(StringComparer.Ordinal);

    public CasePriority JointProjectLevel { get; set; } = CasePriority.High;
}
