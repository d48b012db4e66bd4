namespace KommunHubben.Domain.Routing;

/// <summary>An officer who can receive cases, with how many open cases they hold now.</summary>
public sealed record OfficerLoad(string OfficerId, string Name, int OpenCases);
