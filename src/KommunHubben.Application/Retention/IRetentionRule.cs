using KommunHubben.Persistence;

namespace KommunHubben.Application.Retention;

/// <summary>
/// One kind of data and its clock. <see cref="RunBatchAsync"/> removes at most one batch in one short transaction,
/// writes the deletion log in that same transaction and returns how many items it removed; the job calls it until it
/// returns 0. A second call finds nothing already removed, so the job is idempotent. Register a new kind of data (e.g.
/// the case conversation) by adding one class and one line in <see cref="RetentionServices"/>.
/// </summary>
public interface IRetentionRule
{
    string Kind { get; }
    Task<int> RunBatchAsync(HubDbContext db, RetentionOptions options, DateTime now, CancellationToken ct);
}

/// <summary>The kinds named in the deletion log.</summary>
public static class RetentionKinds
{
    public const string PersonalDetails = "PersonalDetails";
    public const string FreeText = "FreeText";
    public const string DecisionContent = "DecisionContent";
    public const string Attachments = "Attachments";
    public const string Messages = "Messages";
    public const string UnattachedUploads = "UnattachedUploads";
    public const string RefusedSubmissions = "RefusedSubmissions";
    public const string Notifications = "Notifications";
    public const string MessagingRows = "MessagingRows";
}
