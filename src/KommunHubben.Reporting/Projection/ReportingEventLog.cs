using System.Text.Json;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using KommunHubben.Persistence.Reporting;

namespace KommunHubben.Reporting.Projection;

/// <summary>Writes and reads the projection's append-only event history (<c>reporting_events</c>).</summary>
public static class ReportingEventLog
{
    public static ReportingEvent Entry(Guid messageId, object message, DateTime now) => new()
    {
        MessageId = messageId,
        CaseId = CaseIdOf(message),
        MessageType = message.GetType().Name,
        Body = JsonSerializer.Serialize(message, message.GetType(), ContractTypes.Json),
        RecordedAt = now,
    };

    public static object Read(ReportingEvent row) =>
        JsonSerializer.Deserialize(row.Body, ContractTypes.Resolve(row.MessageType), ContractTypes.Json)
        ?? throw new InvalidOperationException($"Reporting event {row.Seq} has an empty body.");

    public static void Append(HubDbContext db, Guid messageId, object message, DateTime now) =>
        db.ReportingEvents.Add(Entry(messageId, message, now));

    private static Guid? CaseIdOf(object message) =>
        message.GetType().GetProperty("CaseId")?.GetValue(message) as Guid?;
}
