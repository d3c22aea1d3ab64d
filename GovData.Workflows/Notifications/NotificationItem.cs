namespace GovData.Workflows.Notifications;

/// <summary>One notification as the UI shows it: the text is rendered from <see cref="MessageKey"/> in the reader's
/// language. For a notification about a workflow item, <see cref="Subject"/> is the item's title (the resource) and
/// <see cref="OtherDepartment"/> the department on the other side (the requester for the provider, and the reverse), so
/// the text can name them instead of an internal number.</summary>
public sealed record NotificationItem(
    long Id,
    string MessageKey,
    IReadOnlyList<string> Arguments,
    string? Link,
    DateTime CreatedAtUtc,
    DateTime? ReadAtUtc,
    string? Subject = null,
    string? OtherDepartment = null)
{
    public bool IsRead => ReadAtUtc is not null;
}

/// <summary>A page of the current user's notifications, newest first.</summary>
public sealed record NotificationPage(
    IReadOnlyList<NotificationItem> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int UnreadCount)
{
    public static NotificationPage Empty(int pageSize) => new([], 1, pageSize, 0, 0);

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}
