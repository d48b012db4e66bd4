using KommunHubben.Application.Users;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Auditing;

/// <summary>Adds an audit entry (who, when, what, which case, why) to the unit of work it belongs to, so the entry
/// commits with — and only with — the read or change it records.</summary>
public static class AuditTrail
{
    public static void Record(HubDbContext db, HubUser user, string action, Guid? caseId, string reason, DateTime at) =>
        db.Audit.Add(new AuditEntry
        {
            At = at, ActorId = user.UserId, ActorRole = user.Role.ToString(), Action = action, CaseId = caseId, Reason = reason,
        });
}
