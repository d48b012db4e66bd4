namespace KommunHubben.Contracts;

/// <summary>Command to the AF gateway: tell Arbetsförmedlingen's side the hub has recorded status
/// <paramref name="AfStatus"/> of the case, so it stops reporting it.</summary>
public sealed record AcknowledgeAfStatus(Guid CaseId, string AfReference, string AfStatus);
