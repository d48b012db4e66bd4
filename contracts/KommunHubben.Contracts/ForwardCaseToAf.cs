namespace KommunHubben.Contracts;

/// <summary>Command to the AF gateway: register the routed case with Arbetsförmedlingen's side. The gateway reads the
/// case from the database; the message carries only its id.</summary>
public sealed record ForwardCaseToAf(Guid CaseId);
