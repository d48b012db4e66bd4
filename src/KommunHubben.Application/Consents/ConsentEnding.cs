using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;

namespace KommunHubben.Application.Consents;

/// <summary>
/// What happens to an open case when the consent it rests on ends, whether the person withdrew it or it ran out: the
/// case is stopped (a step in its history), CaseStopped is announced after commit so no part of the hub exchanges
/// anything more about it, and the officer holding it is told. One place, so both endings stop a case alike.
/// </summary>
public static class ConsentEnding
{
    public const string Withdrawn = "ConsentWithdrawn";
    public const string Expired = "ConsentExpired";

    /// <summary>Adds the stop of <paramref name="record"/> to the unit of work; the caller audit-logs it and saves.</summary>
    /// <param name="ending"><see cref="Withdrawn"/> or <see cref="Expired"/>: the CaseStopped reason and the notice's kind.</param>
    public static void StopCase(HubDbContext db, CaseRecord record, string actorId, string ending, DateTime now)
    {
        db.CaseHistory.Add(record.Apply(CaseAction.Stop, actorId, now));
        db.PublishAfterCommit(new CaseStopped(record.Id, record.AssignedOfficerId, ending, now), now);
        if (record.AssignedOfficerId is not null)
            db.Notifications.Add(new Notification { RecipientId = record.AssignedOfficerId, CaseId = record.Id, Kind = StoppedNotice(ending), At = now });
    }

    /// <summary>The notification kind that tells a case's people it stopped: CaseStoppedConsentWithdrawn or CaseStoppedConsentExpired.</summary>
    public static string StoppedNotice(string ending) => "CaseStopped" + ending;
}
