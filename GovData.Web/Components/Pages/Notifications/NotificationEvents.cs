namespace GovData.Web.Components.Pages.Notifications;

/// <summary>
/// Per circuit (scoped): the notifications page raises <see cref="Changed"/> after marking items read so the bell in
/// the app bar refreshes its count without a reload.
/// </summary>
public sealed class NotificationEvents
{
    public event Func<Task>? Changed;

    public async Task RaiseChangedAsync()
    {
        if (Changed is not { } handlers)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
        {
            await handler();
        }
    }
}
