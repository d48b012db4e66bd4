namespace KommunHubben.Persistence.Reporting;

/// <summary>
/// The reporting projection's append-only history: every case event it has applied, as published (contract name and
/// JSON body: ids and codes only). The projection tables can be dropped and rebuilt from these rows alone. Rows are
/// only ever added — by the projection consumer, or by a rebuild importing outbox events it has not seen.
/// </summary>
public sealed class ReportingEvent
{
    /// <summary>Order of arrival; replay follows it.</summary>
    public long Seq { get; init; }
    public required Guid MessageId { get; init; }
    public Guid? CaseId { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public required DateTime RecordedAt { get; init; }
}
