namespace KommunHubben.Contracts;

/// <summary>Arbetsförmedlingen's side received supplement number <paramref name="SupplementNumber"/> of the case.</summary>
public sealed record SupplementSentToAf(Guid CaseId, int SupplementNumber, DateTime SentAt);
