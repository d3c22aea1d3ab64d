using Bunit;
using GovData.Tests.Workflows.Dashboard;
using GovData.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace GovData.Tests.Web.Shell;

public sealed class MainLayoutTests : ShellTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.SetAssignedRenderMode(RenderMode.InteractiveServer).Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

    [Fact]
    public void AppBar_ShowsAppNameDepartmentAndUser()
    {
        SignInAsApprover();

        var cut = RenderLayout();

        var appBar = cut.Find("[data-testid=app-bar]");
        Assert.Contains("政务数据共享开放平台", appBar.TextContent);
        Assert.Equal("市公安局", cut.Find("[data-testid=app-bar-department]").TextContent.Trim());
        Assert.Equal("赵审核人", cut.Find("[data-testid=user-name]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=user-menu]"));
        Assert.NotNull(cut.Find("[data-testid=notification-bell]"));
        Assert.NotNull(cut.Find("[data-testid=language-switch]"));
        Assert.Contains("page body", cut.Markup);
        Assert.Equal("true", cut.Find("[data-interactive]").GetAttribute("data-interactive"));
    }

    [Fact]
    public void Drawer_SystemAdminSeesAdministration()
    {
        SignInAsAdmin();

        var drawer = RenderLayout().Find("[data-testid=nav-drawer]");

        Assert.Contains("系统管理", drawer.TextContent);
        Assert.Contains("工作日历", drawer.TextContent);
        Assert.Contains("审计日志", drawer.TextContent);
        Assert.NotNull(drawer.QuerySelector("a[href='/jobs']"));
    }

    [Fact]
    public void Drawer_ApproverSeesCatalogButNotAdministration()
    {
        SignInAsApprover();

        var drawer = RenderLayout().Find("[data-testid=nav-drawer]");

        Assert.Contains("工作台", drawer.TextContent);
        Assert.Contains("目录", drawer.TextContent);
        Assert.DoesNotContain("系统管理", drawer.TextContent);
        Assert.Null(drawer.QuerySelector("a[href='/jobs']"));
    }

    [Fact]
    public void Drawer_ApplicantDoesNotSeeTheCatalog()
    {
        SignInAsApplicant();

        var drawer = RenderLayout().Find("[data-testid=nav-drawer]");

        Assert.Contains("工作台", drawer.TextContent);
        Assert.Contains("期限计算器", drawer.TextContent);
        Assert.DoesNotContain("目录", drawer.TextContent);
        Assert.DoesNotContain("系统管理", drawer.TextContent);
    }

    [Fact]
    public void Layout_InEnglish_UsesEnglishTexts()
    {
        UseCulture("en");
        SignInAsAdmin();

        var cut = RenderLayout();

        Assert.Contains("Government Data Sharing and Opening Platform", cut.Find("[data-testid=app-bar]").TextContent);
        Assert.Contains("Administration", cut.Find("[data-testid=nav-drawer]").TextContent);
    }

    [Fact]
    public async Task Bell_ShowsTheUnreadCount()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 3);
        await SendNotificationsAsync(ShellTestData.AdminId, 2);
        SignInAsApprover();

        var cut = RenderLayout();

        cut.WaitForAssertion(() =>
            Assert.Equal("3", cut.Find("[data-testid=notification-bell] .mud-badge").TextContent.Trim()));
    }

    [Fact]
    public void Bell_HidesTheBadgeAtZero()
    {
        SignInAsApprover();

        var cut = RenderLayout();

        Assert.Empty(cut.FindAll("[data-testid=notification-bell] .mud-badge"));
    }
}
