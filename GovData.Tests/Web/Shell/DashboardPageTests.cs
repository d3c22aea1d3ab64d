using Bunit;
using GovData.Tests.Workflows.Dashboard;
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
        Assert.Equal("3", Value(cut, "SharingCatalog"));
        Assert.Equal("0", Value(cut, "Inbox"));
        Assert.Empty(cut.FindAll("[data-testid=dashboard-count-DraftsCityWide]"));
        Assert.Empty(cut.FindAll("[data-testid=dashboard-calendar-missing]"));
    }

    [Fact]
    public void Approver_EachViewLinkOpensTheListItCounts_AndTheDraftsLinkIsTheCatalogManagers()
    {
        SignInAsApprover();

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("2", Value(cut, "OwnPublished")));
        Assert.Equal("/inbox", Link(cut, "Inbox"));
        Assert.Equal("/catalog/resources?status=Published", Link(cut, "OwnPublished"));
        Assert.Equal("/sharing/catalog", Link(cut, "SharingCatalog"));
        // An approver cannot open 目录草稿: the card counts but does not link.
        Assert.Null(Link(cut, "OwnDrafts"));
        Assert.Equal("本部门概况", cut.Find("h2.gd-section-title").TextContent.Trim());
    }

    [Fact]
    public void CatalogManager_DraftsCardOpensTheDraftsPage()
    {
        SignIn(ShellTestData.RsCatalogId, "孙目录管理员", (Data.RsDepartmentId, "市人力资源和社会保障局", false), GovData.Domain.Identity.Roles.CatalogManager);

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal("2", Value(cut, "OwnDrafts")));
        Assert.Equal("/catalog/drafts", Link(cut, "OwnDrafts"));
    }

    private static string? Link(IRenderedComponent<Home> cut, string key) =>
        cut.Find($"[data-testid=dashboard-count-{key}]").QuerySelector("a")?.GetAttribute("href");

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
