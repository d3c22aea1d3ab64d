namespace GovData.Workflows.Notifications;

/// <summary>Carries a node's bell signals to the other nodes (the Redis backplane); never throws.</summary>
public interface INotificationRelay
{
    Task SendAsync(IReadOnlyCollection<string> userIds);
}
