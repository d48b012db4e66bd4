namespace KommunHubben.Contracts;

/// <summary>Arbetsförmedlingen's side accepted the case. <paramref name="AfReference"/> is AF's id for it.</summary>
public sealed record CaseForwardedToAf(Guid CaseId, string AfReference, DateTime ForwardedAt);
