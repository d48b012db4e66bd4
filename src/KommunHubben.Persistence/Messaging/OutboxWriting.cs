namespace KommunHubben.Persistence.Messaging;

/// <summary>The one way to send a message from a transaction: it is written to the outbox with the state change and
/// leaves for the broker only once the transaction has committed (the relay publishes it).</summary>
public static class OutboxWriting
{
    /// <summary>Adds <paramref name="message"/> (a contract) to the outbox of this unit of work.</summary>
    public static void PublishAfterCommit(this HubDbContext db, object message, DateTime now) =>
        db.Outbox.Add(ContractTypes.ToOutbox(message, now));
}
