using KommunHubben.Application.Conversations;

namespace KommunHubben.Web.Infrastructure;

/// <summary>What the conversation partial needs: the thread, where its files download from, the form's errors and a
/// draft kept after a refused post.</summary>
public sealed record ConversationPanel(ConversationView View, Func<Guid, string> FileLink, FormErrors Errors, string? Draft);
