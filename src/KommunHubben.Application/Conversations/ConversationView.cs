using KommunHubben.Application.Cases;

namespace KommunHubben.Application.Conversations;

/// <summary>
/// A case's conversation as one thread, oldest first: the messages both sides wrote and the officer's supplement
/// questions and the unit's answers (from the case's history), so nothing said about the case is in two places.
/// </summary>
/// <param name="MayWrite">the reader may add a message now (the unit's contact persons and the officer holding the case)</param>
/// <param name="Closed">the case is finished: the thread is kept, and no message can be added</param>
public sealed record ConversationView(Guid CaseId, bool MayWrite, bool Closed, IReadOnlyList<ConversationEntry> Entries);

/// <param name="MessageId">null for a supplement question or answer (a step of the case's history)</param>
/// <param name="Kind">one of <see cref="ConversationKinds"/></param>
/// <param name="Text">null when the retention schedule has deleted it</param>
/// <param name="ReadBy">who of the other side has read it, and when</param>
/// <param name="New">from the other side and unread by the reader until this read</param>
public sealed record ConversationEntry(
    long? MessageId, DateTime At, string AuthorId, string AuthorRole, string Kind, string? Text, AttachmentSummary? File,
    IReadOnlyList<MessageRead> ReadBy, bool New = false);

public sealed record MessageRead(string ReaderId, DateTime At);

public static class ConversationKinds
{
    public const string Message = "Message";
    public const string SupplementQuestion = "SupplementQuestion";
    public const string SupplementAnswer = "SupplementAnswer";
}
