using System.Reflection;
using Bunit;
using GovData.Web.Components.Pages.Calendar;
using Microsoft.AspNetCore.Authorization;

namespace GovData.Tests.Web.Calendar;

public sealed class DeadlineCalculatorPageTests : CalendarPageTestContext
{
    [Fact]
    public void Page_IsPublic()
    {
        Assert.NotNull(typeof(DeadlineCalculatorPage).GetCustomAttribute<AllowAnonymousAttribute>());
    }

    [Fact]
    public void Calculator_ExplainsTheDueDateAcrossNationalDay()
    {
        var cut = RenderPage<DeadlineCalculatorPage>("/portal/deadline?received=2025-09-30&workingDays=5");

        cut.WaitForAssertion(() => Assert.Equal("2025年10月14日 周二", cut.Find("[data-testid='due-date']").TextContent));
        var rows = cut.FindAll("table.timeline tbody tr");
        Assert.Equal(
            ["Receipt", "Skipped", "Counted", "Counted", "Counted", "Skipped", "Counted", "Counted"],
            rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("收到申请（当天不计入）", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2025年10月1日 – 2025年10月8日", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("国庆节、中秋节（放假）（8 天）", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("调休上班（国庆节、中秋节）", rows[4].TextContent, StringComparison.Ordinal);
        Assert.Contains("周末", rows[5].TextContent, StringComparison.Ordinal);
        Assert.Contains("第 5 个工作日", rows[7].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='calendar-incomplete']"));
    }

    [Fact]
    public void Preset15_RecalculatesForAnOpeningRequest()
    {
        var cut = RenderPage<DeadlineCalculatorPage>("/portal/deadline?received=2025-09-30&workingDays=5");
        cut.WaitForAssertion(() => Assert.Equal("2025年10月14日 周二", cut.Find("[data-testid='due-date']").TextContent));

        cut.Find("[data-testid='preset-15']").Click();

        cut.WaitForAssertion(() => Assert.Equal("2025年10月28日 周二", cut.Find("[data-testid='due-date']").TextContent));
        Assert.Contains("第二十六条", cut.Find("[data-testid='preset-15']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_DefaultsToTodayAndFiveWorkingDays()
    {
        var cut = RenderPage<DeadlineCalculatorPage>("/portal/deadline");

        // Friday 2026-11-20 + 5 working days.
        cut.WaitForAssertion(() => Assert.Equal("2026年11月27日 周五", cut.Find("[data-testid='due-date']").TextContent));
    }

    [Fact]
    public void Calculator_IntoAnUnloadedYear_WarnsThatTheCalendarIsIncomplete()
    {
        var cut = RenderPage<DeadlineCalculatorPage>("/portal/deadline?received=2026-12-31&workingDays=5");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='calendar-incomplete']")));
        Assert.Contains("2027 年的节假日安排尚未公布或载入", cut.Find("[data-testid='calendar-incomplete']").TextContent, StringComparison.Ordinal);
        Assert.Contains("该年未载入，按周末推定", cut.Find("table.timeline").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_InEnglish_FormatsDatesTheEnglishWay()
    {
        var cut = RenderPage<DeadlineCalculatorPage>("/portal/deadline?received=2025-09-30&workingDays=5", "en");

        cut.WaitForAssertion(() => Assert.Equal("Tue 14 Oct 2025", cut.Find("[data-testid='due-date']").TextContent));
        Assert.Contains("Request received (not counted)", cut.Markup, StringComparison.Ordinal);
    }
}
