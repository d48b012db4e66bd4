using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Conversations;

/// <summary>
/// Who talks on a case: the contact persons of the case's unit and the officer holding it (claimed, not merely routed
/// to them). Anyone who may see the case may read the thread. A finished case keeps its thread, closed for new messages.
/// </summary>
public static class ConversationRules
{
    public const int MaxLength = 2000;

    public static bool IsClosed(CaseRecord record) => CaseLifecycle.IsTerminal(record.Status);

    public static bool IsParty(HubUser user, CaseRecord record) => user.Role switch
    {
        Role.ContactPerson => CaseVisibility.CanSee(user, record),
        Role.Officer => IsHolder(user.UserId, record),
        _ => false,
    };

    public static bool MayWrite(HubUser user, CaseRecord record) => !IsClosed(record) && IsParty(user, record);

    /// <summary>Who is told of a new message: the officer holding the case, or the contact person who submitted it.</summary>
    public static string? OtherSide(HubUser author, CaseRecord record) => author.Role == Role.Officer
        ? record.SubmittedBy
        : record.AssignedOfficerId is { } officer && IsHolder(officer, record) ? officer : null;

    private static bool IsHolder(string userId, CaseRecord record) =>
        record.AssignedOfficerId == userId && record.Status is not (CaseStatus.Submitted or CaseStatus.Routed);
}
