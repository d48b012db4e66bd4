namespace KommunHubben.Workflow.Notifications;

/// <summary>Its own endpoint, <c>khub-notify-people</c>: notifications may lag under load without holding up routing or deadlines.</summary>
public sealed class NotifyPeopleConsumerDefinition() : RetryingConsumerDefinition<NotifyPeopleConsumer>("notify-people");
