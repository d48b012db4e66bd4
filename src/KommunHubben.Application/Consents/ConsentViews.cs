namespace KommunHubben.Application.Consents;

public sealed record ConsentView(
    Guid Id, IReadOnlyList<string> CaseTypes, string? InformationScope, DateOnly GivenOn, string GivenHow, DateOnly ExpiresOn,
    string UnitId, string RegisteredBy, DateTime? WithdrawnAt);

public sealed record ConsentWithdrawal(Guid ConsentId, int ConsentsWithdrawn, int CasesStopped);
