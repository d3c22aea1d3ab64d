namespace GovData.Web.Localization;

/// <summary>
/// Texts of the notification bell and page, and the notification messages themselves (keys <c>Notification.*</c>,
/// arguments <c>{0}</c> …): a feature that sends a notification adds its message key here.
/// </summary>
public sealed class NotificationResource;
