namespace KommunHubben.Domain.Cases.Submission;

/// <summary>
/// Cases about a person with protected identity (skyddad identitet) must not be routed digitally. The hub refuses them
/// and stores nothing but the fact that a refusal happened.
/// </summary>
public static class ProtectedIdentity
{
    public const string Instruction =
        "Cases about a person with protected identity (skyddad identitet) must not be sent through the hub. " +
        "Nothing about the person was stored. Contact Arbetsförmedlingen by telephone through the route for municipalities instead.";
}
