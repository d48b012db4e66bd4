using KommunHubben.Domain.Organisation;

namespace KommunHubben.Application.Users;

/// <summary>Who is calling, as the use cases see it: independent of how they signed in.</summary>
public sealed record HubUser(string UserId, Role Role, string? UnitId);
