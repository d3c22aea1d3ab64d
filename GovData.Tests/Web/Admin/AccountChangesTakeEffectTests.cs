using System.Net;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Workflows.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Admin;

/// <summary>
/// What an administrator changes on an account reaches a signed-in user's very next request (real sign-in cookie):
/// a password reset ends the session and forces a change first; a role change applies without signing in again.
/// </summary>
[Collection(AdminWebCollection.Name)]
public sealed class AccountChangesTakeEffectTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task PasswordReset_EndsTheSession_AndTheTemporaryPasswordLeadsOnlyToTheChangePage_UntilChanged()
    {
        var userId = await AdminWebActors.NewStaffAsync(factory, "reset.flow@govdata.local", "GA", Roles.Requester);
        var before = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(before, "reset.flow@govdata.local", AdminWebActors.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/inbox")).StatusCode);

        var admin = await AdminWebActors.ContextOfAsync(factory, "admin@govdata.local");
        var reset = await AdminWebActors.RunAsync(factory, s => s.GetRequiredService<ResetUserPassword>().ExecuteAsync(admin, userId, "忘记密码"));
        Assert.True(reset.Result.Succeeded, reset.Result.ErrorKey);

        // The old session ends at its next request; the old password no longer signs in.
        var ended = await before.GetAsync("/inbox");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Account/Login", ended.Headers.Location!.ToString(), StringComparison.Ordinal);
        var oldPassword = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await SignInForm.SignInAsync(oldPassword, "reset.flow@govdata.local", AdminWebActors.Password)).StatusCode);

        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, "reset.flow@govdata.local", reset.TemporaryPassword!)).StatusCode);
        foreach (var page in new[] { "/", "/inbox", "/catalog/resources", "/Account/Manage" })
        {
            var sent = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal(MustChangePasswordPath, sent.Headers.Location!.ToString());
        }

        var download = await browser.GetAsync("/catalog/export.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal(MustChangePasswordPath, download.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/catalog/export.xlsx", null)).StatusCode);
        var changePage = await browser.GetAsync(MustChangePasswordPath);
        Assert.Equal(HttpStatusCode.OK, changePage.StatusCode);
        Assert.Contains("data-testid=\"must-change-password\"", await changePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await SignInForm.PostAsync(browser, MustChangePasswordPath, "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = reset.TemporaryPassword!,
            ["Input.NewPassword"] = "MyOwn#Pass2026",
            ["Input.ConfirmPassword"] = "MyOwn#Pass2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False((await AdminWebActors.AccountAsync(factory, userId)).MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/inbox")).StatusCode);
    }

    [Fact]
    public async Task RoleChange_AppliesOnTheNextRequest_WithoutSigningInAgain()
    {
        var userId = await AdminWebActors.NewStaffAsync(factory, "roles.flow@govdata.local", "SJJ", Roles.BureauOfficer);
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(browser, "roles.flow@govdata.local", AdminWebActors.Password)).StatusCode);
        AssertRefused(await browser.GetAsync("/admin/users"));
        var admin = await AdminWebActors.ContextOfAsync(factory, "admin@govdata.local");

        var granted = await AdminWebActors.RunAsync(factory, s => s.GetRequiredService<ChangeUserRoles>().ExecuteAsync(admin, userId, [Roles.SystemAdmin], "代管"));

        Assert.True(granted.Succeeded, granted.ErrorKey);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
        var taken = await AdminWebActors.RunAsync(factory, s => s.GetRequiredService<ChangeUserRoles>().ExecuteAsync(admin, userId, [Roles.BureauOfficer], "代管结束"));
        Assert.True(taken.Succeeded, taken.ErrorKey);
        AssertRefused(await browser.GetAsync("/admin/users"));
    }

    // A signed-in user without the role is sent to the access-denied page by the cookie scheme.
    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private const string MustChangePasswordPath = "/Account/Manage/ChangePassword";
}
