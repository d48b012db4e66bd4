namespace KommunHubben.Contracts;

/// <summary>Arbetsförmedlingen's side reported a status (and, once decided, an outcome code) for a forwarded case,
/// through its webhook or the gateway's polling — both end as this one event. <paramref name="Source"/> is
/// <c>webhook</c> or <c>poll</c>; <paramref name="AfStatus"/> and <paramref name="Outcome"/> are codes.</summary>
public sealed record AfCaseStatusReported(
    Guid CaseId, string AfReference, string AfStatus, string? Outcome, DateTime ReportedAt, string Source);
