using Bunit;
using GovData.Web.Components.Pages;

namespace GovData.Tests.Web.Shell;

public sealed class DashboardPageTests : ShellTestContext
{
    private static string Value(IRenderedComponent<Home> cut, string key) =>
        cut.Find($"[data-testid=dashboard-count-{key}] [data-testid=dashboard-count-value]").TextContent.Trim();

    [Fact]
    public void Approver_SeesGreetingDateAndDepartmentCounts()
    {
        SignInAsApprover();

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("2", Value(cut, "OwnPublished")));
        Assert.Equal("工作台", cut.Find("[data-testid=dashboard] h1").TextContent.Trim());
        Assert.Contains("赵审核人", cut.Find(".gd-greeting").TextContent);
        Assert.Contains("市公安局", cut.Find(".gd-greeting").TextContent);
        Assert.Equal("2026年11月26日 星期四", cut.Find("[data-testid=dashboard-today]").TextContent.Trim());
        Assert.Equal("1", Value(cut, "OwnDrafts"));
        Assert.Equal("2", Value(cut, "SharingCatalog"));
        Assert.Empty(cut.FindAll("[data-testid=dashboard-count-DraftsCityWide]"));
        Assert.Empty(cut.FindAll("[data-testid=dashboard-calendar-missing]"));
    }

    [Fact]
    public void Admin_SeesSystemCountsAndTheMissingCalendarWarning()
    {
        SignInAsAdmin();

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("5", Value(cut, "Users")));
        Assert.Equal("2", Value(cut, "CalendarYears"));
        Assert.Contains("2025、2026", cut.Find("[data-testid=dashboard-count-CalendarYears]").TextContent);
        var warning = cut.Find("[data-testid=dashboard-calendar-missing]");
        Assert.Contains("2027年的节假日安排尚未载入", warning.TextContent);
        Assert.NotNull(warning.QuerySelector("a[href='/admin/calendar']"));
        Assert.NotNull(cut.Find("[data-testid=dashboard-count-AuditEntries] a[href='/admin/audit']"));
    }

    [Fact]
    public void Applicant_SeesTheOpenCatalogOnly()
    {
        SignInAsApplicant();

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("2", Value(cut, "OpenCatalog")));
        Assert.Single(cut.FindAll(".gd-stat"));
        Assert.Empty(cut.FindAll("[data-testid=dashboard-calendar-missing]"));
    }

    [Fact]
    public void InEnglish_TheHeadingIsDashboard_AndDatesAreEnglish()
    {
        UseCulture("en");
        SignInAsApprover();

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("Dashboard", cut.Find("[data-testid=dashboard] h1").TextContent.Trim()));
        Assert.Equal("Thursday, 26 Nov 2026", cut.Find("[data-testid=dashboard-today]").TextContent.Trim());
        Assert.Contains("Published by my department", cut.Find("[data-testid=dashboard-count-OwnPublished]").TextContent);
    }

    [Fact]
    public void StaffWithoutDepartment_SeesWhyThereAreNoCounts()
    {
        SignIn("nobody", "新同事", null, GovData.Domain.Identity.Roles.Approver);

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Contains("账户尚未分配部门或角色", cut.Find("[data-testid=empty-state]").TextContent));
        Assert.Empty(cut.FindAll(".gd-stat"));
    }
}
