namespace KommunHubben.Contracts;

/// <summary>Command to the AF gateway: send the contact person's answer number <paramref name="SupplementNumber"/>
/// (1 for the first round) to Arbetsförmedlingen's side. The answer itself is read from the database.</summary>
public sealed record SendSupplementToAf(Guid CaseId, int SupplementNumber);
