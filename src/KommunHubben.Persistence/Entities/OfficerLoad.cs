using KommunHubben.Domain.Cases;

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// How many open cases of one type an officer holds now (open: <see cref="CaseLifecycle.IsOpenInQueue"/>). Routing
/// reads these few rows instead of counting every open case, so its cost does not grow with the number of cases.
/// On PostgreSQL a trigger on <c>cases</c> keeps the rows in step with every move (route, claim, hand-over, release,
/// close, reject, withdraw, stop, redistribute) in the move's own transaction — no code path can forget it; the
/// migration that made the table filled it from the cases open then. On SQLite (the embedded single process) the
/// table stays empty and routing counts the cases, which are few there.
/// </summary>
public sealed class OfficerLoad
{
    public required string OfficerId { get; init; }
    public required CaseType Type { get; init; }
    public int OpenCases { get; init; }
}
