namespace KommunHubben.Web.Texts;

/// <summary>Strings of a case's conversation (Pages/Shared/_Conversation), on the contact person's and the officer's case pages.</summary>
public sealed partial class UiText
{
    public string ConversationHeading => Text("Conversation.Heading");
    public string ConversationIntro => Text("Conversation.Intro");
    public string ConversationEmpty => Text("Conversation.Empty");
    public string ConversationNewCount(int count) => count == 1 ? Text("Conversation.NewOne") : Format("Conversation.NewCount", count);
    public string ConversationNew => Text("Conversation.New");
    public string ConversationFrom(string role) => Text(role == "Officer" ? "Conversation.FromAf" : "Conversation.FromUnit");
    public string ConversationKind(string kind) => Text("Conversation.Kind." + kind);
    public string ConversationTextRemoved => Text("Conversation.TextRemoved");
    public string ConversationReadBy(string who, DateTime at) => Format("Conversation.ReadBy", who, DateTime(at));
    public string ConversationNotReadYet => Text("Conversation.NotReadYet");
    public string ConversationTextHint => Text("Conversation.TextHint");
    public string ConversationFileLabel => Text("Conversation.FileLabel");
    public string ConversationFileHint => Text("Conversation.FileHint");
    public string ConversationSend => Text("Conversation.Send");
    public string ConversationSent => Text("Conversation.Sent");
    public string ConversationClosed => Text("Conversation.Closed");
    public string ConversationOnlyParties => Text("Conversation.OnlyParties");
    public string UnreadMessagesIntro => Text("Conversation.UnreadIntro");
    public string UnreadMessages(int count) => count == 1 ? Text("Conversation.UnreadOne") : Format("Conversation.UnreadInList", count);
}
