using System.Text.Json;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Reconciliation;

/// <summary>Everything the reconciler compares, read from the scenario's database in one go.</summary>
public sealed class HubSnapshot
{
    public sealed record Case(Guid Id, string Status, string? Officer, string? Outcome, string? ClosureReason, string SubmittedBy, DateTime SubmittedAt);
    public sealed record Step(long Id, Guid CaseId, string Action, DateTime At);
    public sealed record Message(Guid MessageId, string Type, Guid CaseId, bool Published);
    public sealed record Notice(Guid CaseId, string Kind, string Recipient);
    public sealed record DeadlineKey(Guid CaseId, string Kind, bool IsReminder, long? Anchor);

    public required Dictionary<Guid, Case> Cases { get; init; }
    public required ILookup<Guid, Step> History { get; init; }
    public required ILookup<Guid, Message> Outbox { get; init; }
    public required HashSet<(Guid MessageId, string Consumer)> Inbox { get; init; }
    public required ILookup<Guid, Notice> Notifications { get; init; }
    public required ILookup<Guid, DeadlineKey> Deadlines { get; init; }

    public static async Task<HubSnapshot> ReadAsync(TestDatabase db)
    {
        var cases = (await db.RowsAsync("""SELECT "Id","Status","AssignedOfficerId","Outcome","ClosureReason","SubmittedBy","SubmittedAt" FROM cases"""))
            .Select(r => new Case((Guid)r[0]!, (string)r[1]!, r[2] as string, r[3] as string, r[4] as string, (string)r[5]!, (DateTime)r[6]!))
            .ToDictionary(c => c.Id);
        var history = (await db.RowsAsync("""SELECT "Id","CaseId","Action","At" FROM case_history"""))
            .Select(r => new Step((long)r[0]!, (Guid)r[1]!, (string)r[2]!, (DateTime)r[3]!));
        var outbox = (await db.RowsAsync("""SELECT "MessageId","MessageType","Body","PublishedAt" FROM outbox"""))
            .Select(r => new Message((Guid)r[0]!, (string)r[1]!, CaseIdOf((string)r[2]!), r[3] is not null));
        var inbox = (await db.RowsAsync("""SELECT "MessageId","Consumer" FROM inbox"""))
            .Select(r => ((Guid)r[0]!, (string)r[1]!)).ToHashSet();
        var notices = (await db.RowsAsync("""SELECT "CaseId","Kind","RecipientId" FROM notifications WHERE "CaseId" IS NOT NULL"""))
            .Select(r => new Notice((Guid)r[0]!, (string)r[1]!, (string)r[2]!));
        var deadlines = (await db.RowsAsync("""SELECT "CaseId","Kind","IsReminder","AnchorHistoryId" FROM deadlines"""))
            .Select(r => new DeadlineKey((Guid)r[0]!, (string)r[1]!, (bool)r[2]!, r[3] as long?));
        return new HubSnapshot
        {
            Cases = cases,
            History = history.ToLookup(s => s.CaseId),
            Outbox = outbox.ToLookup(m => m.CaseId),
            Inbox = inbox,
            Notifications = notices.ToLookup(n => n.CaseId),
            Deadlines = deadlines.ToLookup(d => d.CaseId),
        };
    }

    private static Guid CaseIdOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("caseId", out var id) ? id.GetGuid() : Guid.Empty;
    }
}
