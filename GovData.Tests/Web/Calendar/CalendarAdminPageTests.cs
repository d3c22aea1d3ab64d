using System.Reflection;
using Bunit;
using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Admin.Calendar;
using GovData.Workflows.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Calendar;

public sealed class CalendarAdminPageTests : CalendarPageTestContext
{
    [Fact]
    public void Page_IsForSystemAdminsOnly()
    {
        var authorize = typeof(CalendarAdminPage).GetCustomAttribute<AuthorizeAttribute>();

        Assert.NotNull(authorize);
        Assert.Equal(Roles.SystemAdmin, authorize.Roles);
    }

    [Fact]
    public void LoadedYear_ShowsTwelveMonthsWithHolidaysAndMakeUpDaysMarked()
    {
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar?year=2025");

        cut.WaitForAssertion(() => Assert.Equal(12, cut.FindAll("section.month").Count));
        Assert.Equal("1月", cut.Find("section.month h3").TextContent);
        Assert.Equal(365, cut.FindAll("button.day").Count);

        var holiday = cut.Find("button[data-date='2025-10-01']");
        Assert.Contains("holiday", holiday.ClassList);
        Assert.Equal("2025年10月1日 周三 · 国庆节、中秋节（放假）", holiday.GetAttribute("title"));
        Assert.Equal("休", holiday.QuerySelector(".badge")!.TextContent);

        var makeUp = cut.Find("button[data-date='2025-10-11']");
        Assert.Contains("makeup", makeUp.ClassList);
        Assert.Equal("班", makeUp.QuerySelector(".badge")!.TextContent);
        Assert.Contains("调休上班（国庆节、中秋节）", makeUp.GetAttribute("title"), StringComparison.Ordinal);

        Assert.Contains("weekend", cut.Find("button[data-date='2025-10-12']").ClassList);
        Assert.Contains("workday", cut.Find("button[data-date='2025-10-13']").ClassList);
        Assert.Equal(33, cut.FindAll("button.day .badge").Count);
        Assert.StartsWith("248", cut.Find("[data-testid='working-day-count']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("国务院办公厅关于2025年部分节假日安排的通知", cut.Find("[data-testid='year-source']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='year-not-loaded']"));
    }

    [Fact]
    public void MonthGrid_StartsWeeksOnMonday()
    {
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar?year=2025");

        cut.WaitForAssertion(() => Assert.Equal(12, cut.FindAll("section.month").Count));
        var october = cut.FindAll("section.month")[9];
        Assert.Equal(["一", "二", "三", "四", "五", "六", "日"], october.QuerySelectorAll(".head").Select(h => h.TextContent));
        // 2025-10-01 is a Wednesday: two blanks before it.
        Assert.Equal(2, october.QuerySelectorAll(".days > div[aria-hidden]").Length);
    }

    [Fact]
    public void UnloadedYear_WarnsThatDeadlinesFallBackToWeekends()
    {
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar?year=2027");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='year-not-loaded']")));
        var warning = cut.Find("[data-testid='year-not-loaded']").TextContent;
        Assert.Contains("2027 年的节假日安排尚未载入", warning, StringComparison.Ordinal);
        Assert.Contains("只按周末计算", warning, StringComparison.Ordinal);
        Assert.Contains("导入 2027 年安排", warning, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button.day.holiday"));
        Assert.StartsWith("261", cut.Find("[data-testid='working-day-count']").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultYear_IsTheCurrentYearInChina()
    {
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("button[data-date='2026-10-10']")));
        Assert.Contains("today", cut.Find("button[data-date='2026-11-20']").ClassList);
    }

    [Fact]
    public async Task ClickingADay_OpensTheDialog_AndSavingAHolidayMarksIt()
    {
        var dialogs = RenderDialogProvider();
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar?year=2025");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("button[data-date='2025-10-17']")));

        cut.Find("button[data-date='2025-10-17']").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[type=radio]")));
        Assert.Contains("2025年10月17日 周五", dialogs.Markup, StringComparison.Ordinal);
        var radios = dialogs.FindAll("input[type=radio]");
        Assert.True(radios[2].HasAttribute("disabled"), "a Friday cannot be a make-up working day");
        radios[1].Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid='day-name']")));
        dialogs.Find("input[data-testid='day-name']").Input("临时休假");
        dialogs.Find("[data-testid='day-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("holiday", cut.Find("button[data-date='2025-10-17']").ClassList));
        Assert.Contains("临时休假", cut.Find("button[data-date='2025-10-17']").GetAttribute("title"), StringComparison.Ordinal);
        var calendar = await Services.GetRequiredService<WorkingDayCalendarProvider>().GetAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 17)));
    }

    [Fact]
    public void InEnglish_MonthsAndLegendAreEnglish()
    {
        var cut = RenderPage<CalendarAdminPage>("/admin/calendar?year=2025", "en");

        cut.WaitForAssertion(() => Assert.Equal(12, cut.FindAll("section.month").Count));
        Assert.Equal("January", cut.Find("section.month h3").TextContent);
        Assert.Equal("Wed 1 Oct 2025 · 国庆节、中秋节 (day off)", cut.Find("button[data-date='2025-10-01']").GetAttribute("title"));
        Assert.Contains("Make-up working day", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("工作日历", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("（放假）", cut.Markup, StringComparison.Ordinal);
    }
}
