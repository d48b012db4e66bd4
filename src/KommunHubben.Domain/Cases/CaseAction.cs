namespace KommunHubben.Domain.Cases;

/// <summary>Everything that can be done to a case. Each action is allowed only from some statuses.</summary>
public enum CaseAction
{
    /// <summary>Creates the case. Never allowed on an existing case: a case is submitted once.</summary>
    Submit,
    Route,
    Claim,
    RequestSupplement,
    ProvideSupplement,
    Decide,
    Close,
    Reject,
    Withdraw,
    /// <summary>The person withdrew consent; the hub stops the case on their behalf.</summary>
    Stop,
    /// <summary>The officer gives the case to another officer's queue, with a reason.</summary>
    HandOver,
    /// <summary>The officer puts the case back, unclaimed, in the shared AF queue, with a reason.</summary>
    Release,
}
