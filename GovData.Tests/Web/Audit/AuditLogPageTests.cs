using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Workflows.Audit;
using GovData.Web.Components.Pages.Admin.Audit;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Audit;

/// <summary>The audit page over a real SQLite log: rows, details, the verify action, and who may see it.</summary>
public sealed class AuditLogPageTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private AuditTestDatabase _db = null!;

    public AuditLogPageTests()
    {
        // Set here, not in InitializeAsync: a culture set inside an async method does not flow back to the test.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            db.Departments.Add(new Department("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government));
            await db.SaveChangesAsync();
            (await db.Departments.SingleAsync()).Rename("市公安局（新）");
            await db.SaveChangesAsync();
        }

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_db);
        Services.AddSingleton<TimeProvider>(_db.Time);
        Services.AddScoped<SearchAuditLog>();
        Services.AddScoped<VerifyAuditChain>();
        Services.AddScoped<GetLatestAuditVerification>();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    [Fact]
    public void Page_ForSystemAdmin_ShowsNewestRowsInChinese()
    {
        SignIn(Roles.SystemAdmin);

        var cut = Render<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".audit-log tbody tr.mud-table-row").Count));
        var rows = cut.FindAll(".audit-log tbody tr.mud-table-row");
        Assert.Contains("修改", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("新增", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("部门", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("系统管理员", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026年3月2日 09:30:00", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("名称：市公安局 → 市公安局（新）", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("尚无记录", cut.Find("[data-testid=last-nightly]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpandRow_ShowsBeforeAndAfter()
    {
        SignIn(Roles.SystemAdmin);
        var cut = Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".audit-log tbody tr.mud-table-row").Count));

        cut.FindAll(".audit-log tbody tr.mud-table-row")[0].QuerySelector("button")!.Click();

        cut.WaitForAssertion(() =>
        {
            var details = cut.Find(".audit-details");
            Assert.Contains("变更前", details.TextContent, StringComparison.Ordinal);
            Assert.Equal("市公安局", details.QuerySelector("td.audit-before")!.TextContent);
            Assert.Equal("市公安局（新）", details.QuerySelector("td.audit-after")!.TextContent);
        });
    }

    [Fact]
    public async Task Rows_NameDepartmentIds_AndLabelIdentitysUserNameField()
    {
        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            db.Departments.Add(new Department("RS", "市人社局", DepartmentLevel.Municipal, DepartmentKind.Government));
            await db.SaveChangesAsync();
            var ga = await db.Departments.SingleAsync(d => d.Code == "GA");
            db.Users.Add(new GovData.Workflows.Identity.ApplicationUser { Id = "u-zhang", UserName = "zhang", DisplayName = "张三", DepartmentId = ga.Id });
            await db.SaveChangesAsync();
            (await db.Users.SingleAsync(u => u.Id == "u-zhang")).DepartmentId = (await db.Departments.SingleAsync(d => d.Code == "RS")).Id;
            await db.SaveChangesAsync();
        }

        SignIn(Roles.SystemAdmin);
        var cut = Render<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll(".audit-log tbody tr.mud-table-row").Count));
        var rows = cut.FindAll(".audit-log tbody tr.mud-table-row");
        // The user's move between departments reads in names, not ids (was "所属部门：1 → 2").
        Assert.Contains("所属部门：市公安局（新） → 市人社局", rows[0].TextContent, StringComparison.Ordinal);
        // Identity writes "UserName"; sign-in rows "userName": both are 登录名.
        Assert.Contains("登录名：zhang", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UserName", rows[1].TextContent, StringComparison.Ordinal);

        rows[1].QuerySelector("button")!.Click();
        cut.WaitForAssertion(() =>
        {
            var fields = cut.Find(".audit-details").QuerySelectorAll("tr").Select(r => r.TextContent).ToList();
            Assert.Contains(fields, f => f.Contains("所属部门", StringComparison.Ordinal) && f.Contains("市公安局（新）", StringComparison.Ordinal));
            Assert.Contains(fields, f => f.Contains("登录名", StringComparison.Ordinal) && f.Contains("zhang", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Verify_IntactChain_ShowsGreenIntact()
    {
        SignIn(Roles.SystemAdmin);
        var cut = Render<AuditLogPage>();

        cut.Find("[data-testid=verify-chain]").Click();

        cut.WaitForAssertion(() =>
        {
            var result = cut.Find("[data-testid=verify-result]");
            Assert.Contains("mud-alert-filled-success", result.ClassName, StringComparison.Ordinal);
            Assert.Contains("哈希链完整：已校验 2 行", result.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Verify_TamperedRow_ShowsRedBrokenAtThatRow()
    {
        await using (var db = _db.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET EntityKey = '99' WHERE Sequence = 2");
        }

        SignIn(Roles.SystemAdmin);
        var cut = Render<AuditLogPage>();

        cut.Find("[data-testid=verify-chain]").Click();

        cut.WaitForAssertion(() =>
        {
            var result = cut.Find("[data-testid=verify-result]");
            Assert.Contains("mud-alert-filled-error", result.ClassName, StringComparison.Ordinal);
            Assert.Contains("哈希链在第 2 行断开：该行内容被修改", result.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Page_IsForTheSystemAdminAndTheBureau()
    {
        var authorize = typeof(AuditLogPage).GetCustomAttribute<AuthorizeAttribute>();

        Assert.NotNull(authorize);
        Assert.Equal(Roles.SystemAdmin + "," + Roles.BureauOfficer, authorize.Roles);
        Assert.Equal(GovData.Web.Components.AppRoutes.AdminAudit, typeof(AuditLogPage).GetCustomAttribute<RouteAttribute>()?.Template);
    }

    [Theory]
    [InlineData(Roles.Approver)]
    [InlineData(Roles.SecurityOfficer)]
    public void Route_ForOtherRoles_IsNotAuthorized(string role)
    {
        SignIn(role);

        var cut = RenderRoute();

        Assert.Contains("not-authorized", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=verify-chain]"));
    }

    [Fact]
    public void Route_ForTheBureau_RendersThePage_WithoutTheVerifyButton()
    {
        SignIn(Roles.BureauOfficer);

        var cut = RenderRoute();

        Assert.DoesNotContain("not-authorized", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=verify-chain]"));
    }

    [Fact]
    public void Route_ForSystemAdmin_RendersThePage()
    {
        SignIn(Roles.SystemAdmin);

        var cut = RenderRoute();

        Assert.DoesNotContain("not-authorized", cut.Markup, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=verify-chain]"));
    }

    private void SignIn(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone@govdata.local");
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "user-id"));
    }

    /// <summary>The page as the router shows it: through AuthorizeRouteView, which enforces [Authorize].</summary>
    private IRenderedComponent<AuthorizeRouteView> RenderRoute() =>
        Render<AuthorizeRouteView>(p => p
            .Add(v => v.RouteData, new RouteData(typeof(AuditLogPage), new Dictionary<string, object?>()))
            .Add(v => v.NotAuthorized, _ => b => b.AddMarkupContent(0, "<p>not-authorized</p>")));
}
