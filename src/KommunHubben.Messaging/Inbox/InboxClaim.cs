using System.Data.Common;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KommunHubben.Messaging.Inbox;

/// <summary>
/// Claims a batch of messages for one handler inside the caller's transaction: the inbox row (message id + handler)
/// is written with the handler's effects, so a message whose row exists was handled and is skipped. On PostgreSQL
/// one <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> claims the whole batch in one round trip; a copy being
/// handled by another worker at this moment holds its row until that worker commits, so this waits for it and then
/// finds the row instead of racing it.
/// </summary>
public static class InboxClaim
{
    /// <returns>the message ids this transaction claimed; the others were handled before.</returns>
    public static async Task<IReadOnlySet<Guid>> ClaimAsync(HubDbContext db, IReadOnlyCollection<Guid> messageIds, string handler, DateTime now, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            // SQLite (the embedded single process): a look first, then the rows with the work.
            var seen = await db.Inbox.Where(i => i.Consumer == handler && messageIds.Contains(i.MessageId)).Select(i => i.MessageId).ToListAsync(ct);
            var fresh = messageIds.Except(seen).ToHashSet();
            foreach (var id in fresh) db.Inbox.Add(new InboxMessage { MessageId = id, Consumer = handler, ProcessedAt = now });
            return fresh;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The inbox is claimed inside the transaction of the work it records.");
        command.CommandText = """
            INSERT INTO inbox ("MessageId", "Consumer", "ProcessedAt") SELECT id, @handler, @now FROM unnest(@ids) AS id
            ON CONFLICT DO NOTHING RETURNING "MessageId"
            """;
        Add(command, "ids", messageIds.ToArray());
        Add(command, "handler", handler);
        Add(command, "now", now);
        var claimed = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) claimed.Add(reader.GetGuid(0));
        return claimed;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
