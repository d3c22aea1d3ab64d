using System.Globalization;
using GovData.Domain.Notifications;
using GovData.Web.Localization;
using GovData.Workflows.Deadlines;

namespace GovData.Tests.Web.Mail;

public sealed class NotificationResourceMailRendererTests
{
    [Fact]
    public void Render_IsChinese_WhateverTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var notification = new Notification("u1", DeadlineSweep.OverdueKey, ["SR-7", "2025-10-09"], "/workflows/7", new DateTime(2025, 10, 10, 1, 0, 0, DateTimeKind.Utc));

            var text = new NotificationResourceMailRenderer().Render(notification);

            Assert.Equal("【政务数据共享】待办事项（SR-7）已超过办理期限（2025-10-09），请尽快办理。", text.Subject);
            Assert.StartsWith("待办事项（SR-7）已超过办理期限（2025-10-09）", text.Body);
            Assert.EndsWith("/workflows/7", text.Body);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Render_UnknownKey_SaysSoInsteadOfThrowing()
    {
        var notification = new Notification("u1", "No.Such.Key", [], null, new DateTime(2025, 10, 10, 1, 0, 0, DateTimeKind.Utc));

        var text = new NotificationResourceMailRenderer().Render(notification);

        Assert.Contains("No.Such.Key", text.Body);
    }
}
