namespace KommunHubben.Contracts;

/// <summary>Arbetsförmedlingen's side received the hub's acknowledgement of status <paramref name="AfStatus"/>.</summary>
public sealed record AfStatusAcknowledged(Guid CaseId, string AfStatus, DateTime AcknowledgedAt);
