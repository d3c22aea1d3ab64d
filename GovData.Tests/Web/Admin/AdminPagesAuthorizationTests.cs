using System.Net;
using GovData.Tests.Support;
using GovData.Web.Components;

namespace GovData.Tests.Web.Admin;

/// <summary>The SystemAdmin pages refuse every other user on the server, and say so in a page, not a stack trace.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AdminPagesAuthorizationTests(GovDataWebApplicationFactory factory)
{
    public static TheoryData<string, string> WrongUsers()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in new[] { AppRoutes.AdminCalendar, AppRoutes.AdminAudit, "/admin/calendar/template?year=2026", AppRoutes.AdminDepartments, AppRoutes.AdminUsers, AppRoutes.AdminUsers + "?department=1", AppRoutes.AdminUsersTemplate + "?code=GA", AppRoutes.AdminSettings, AppRoutes.AdminHandovers, AppRoutes.AdminLegalBases })
        {
            foreach (var user in new[] { "bureau@govdata.local", "lead.ga@govdata.local", "catalog.ga@govdata.local", "approver.ga@govdata.local", "requester.rs@govdata.local", "security.ga@govdata.local", "applicant@govdata.local" })
            {
                // The bureau reads the audit log (issue #14); see Bureau_ReadsTheAuditLog_WithoutTheVerifyButton.
                // The bureau also hands over its departments' items of departed staff (decision 0026).
                if ((route != AppRoutes.AdminAudit && route != AppRoutes.AdminHandovers) || user != "bureau@govdata.local")
                {
                    data.Add(route, user);
                }
            }
        }

        return data;
    }

    [Fact]
    public async Task Bureau_ReadsTheAuditLog_WithoutTheVerifyButton()
    {
        var response = await factory.CreateClientAs("bureau@govdata.local").GetAsync(AppRoutes.AdminAudit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("审计日志", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"verify-chain\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WrongUsers))]
    public async Task AdminPage_RefusesOtherRoles_WithTheAccessDeniedPage(string route, string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(route);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("无权访问", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/calendar")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/departments")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/template?code=GA")]
    [InlineData("/admin/settings")]
    [InlineData("/admin/handovers")]
    [InlineData("/admin/legal-bases")]
    public async Task AdminPage_SendsAnonymousToLogin(string route)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/calendar", "工作日历")]
    [InlineData("/admin/audit", "审计日志")]
    [InlineData("/admin/departments", "部门管理")]
    [InlineData("/admin/users", "人员与角色")]
    [InlineData("/admin/settings", "修改时限只影响此后设定的期限")]
    [InlineData("/admin/legal-bases", "已被引用的依据不能修改或删除")]
    public async Task AdminPage_ServesTheSystemAdmin(string route, string heading)
    {
        var response = await factory.CreateClientAs("admin@govdata.local").GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersTemplate_ServesTheSystemAdminAWorkbook()
    {
        var response = await factory.CreateClientAs("admin@govdata.local").GetAsync(AppRoutes.AdminUsersTemplate + "?code=GA");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }
}
