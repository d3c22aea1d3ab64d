using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// A city starting from nothing: the bootstrap admin signs in, creates a district bureau and a department under it,
/// creates a user there, imports five more from Excel (one row wrong first, then fixed), one of them signs in, and
/// when the admin deactivates them their session ends at once.
/// </summary>
public sealed class AdministrationE2ETests(EmptyCityAppFixture app) : IClassFixture<EmptyCityAppFixture>
{
    private const string NewUser = "li.xcq@city.gov.cn";
    private const string NewPassword = "Xicheng#2026";
    private const string Imported = "wang1.xcq@city.gov.cn";
    private const string SsoStaffId = "330108-0002";

    [Fact]
    public async Task EmptyCity_AdminBuildsADistrict_AddsAUser_AndDeactivatingThemEndsTheirSession()
    {
        var admin = await app.NewPageAsync();
        var step = "admin signs in";
        try
        {
            await app.SignInAsync(admin, EmptyCityAppFixture.AdminEmail, EmptyCityAppFixture.AdminPassword);
            await app.GotoAsync(admin, "/admin/departments");
            await Expect(admin.Locator("[data-testid=department-SJJ]")).ToContainTextAsync("市数据资源管理局");

            step = "district bureau";
            await CreateDepartmentAsync(admin, "XCQSJJ", "西城区大数据管理局", kindIndex: 1, levelIndex: 1, parentIndex: 1);
            step = "district department";
            await CreateDepartmentAsync(admin, "XCQGA", "西城区公安分局", kindIndex: 0, levelIndex: 1, parentIndex: 2);
            var row = admin.Locator("tr", new() { Has = admin.Locator("[data-testid=department-XCQGA]") });
            await Expect(row).ToContainTextAsync("西城区大数据管理局");
            await app.ScreenshotAsync(admin, "70-admin-departments");

            step = "move under own child refused";
            await admin.ClickAsync("[data-testid=department-actions-XCQSJJ] button");
            await admin.ClickAsync("[data-testid=move-XCQSJJ]");
            var move = admin.Locator(".mud-dialog");
            await move.Locator("[data-testid=move-parent]").ClickAsync();
            await admin.Locator(".mud-popover-open .mud-list-item", new() { HasText = "XCQGA" }).ClickAsync();
            await Expect(move.Locator("[data-testid=move-refusal]")).ToContainTextAsync("循环");
            await Expect(move.Locator("[data-testid=move-confirm]")).ToBeDisabledAsync();
            await app.ScreenshotAsync(admin, "71-admin-move-refused");
            await move.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

            step = "create user";
            await app.GotoAsync(admin, "/admin/users");
            await admin.ClickAsync("[data-testid=users-create]");
            var dialog = admin.Locator(".mud-dialog");
            await dialog.Locator("input[data-testid=user-email]").FillAsync(NewUser);
            await dialog.Locator("input[data-testid=user-name]").FillAsync("李西城");
            await dialog.Locator("[data-testid=user-department]").ClickAsync();
            await admin.Locator(".mud-popover-open .mud-list-item", new() { HasText = "XCQGA" }).ClickAsync();
            await Expect(admin.Locator(".mud-popover-open")).ToHaveCountAsync(0);
            await dialog.Locator("input[data-testid=role-Approver]").CheckAsync(new() { Force = true });
            await dialog.Locator("input[data-testid=user-password]").FillAsync("weak");
            await dialog.Locator("[data-testid=user-submit]").ClickAsync();
            await Expect(dialog.Locator("[data-testid=user-error]")).ToContainTextAsync("密码太弱");
            await dialog.Locator("input[data-testid=user-password]").FillAsync(NewPassword);
            await dialog.Locator("[data-testid=user-submit]").ClickAsync();
            await Expect(admin.Locator($"[data-testid='user-{NewUser}']")).ToBeVisibleAsync();

            step = "import five people, one row wrong first";
            await ImportAsync(admin, "XCQGA", expectError: true);
            await ImportAsync(admin, "XCQGA", expectError: false);
            await Expect(admin.Locator($"[data-testid='user-{Imported}']")).ToBeVisibleAsync();
            await app.ScreenshotAsync(admin, "75-admin-users-imported");

            step = "imported user signs in";
            var user = await app.NewPageAsync();
            await app.SignInAsync(user, Imported, NewPassword);
            await Expect(user.Locator("body")).ToContainTextAsync("王一");

            step = "one signs in through the city's identity provider";
            await Expect(admin.Locator("[data-testid='user-external-wang2.xcq@city.gov.cn']")).ToContainTextAsync(SsoStaffId);
            app.Provider.NextStaffId = SsoStaffId;
            var sso = await app.NewPageAsync();
            await sso.GotoAsync("/Account/Login");
            await app.ScreenshotAsync(sso, "78-login-with-sso");
            // The round trip (provider, code redemption over the back channel, sign-in) can outlast the default 15 s
            // while the whole suite runs (one CI run: over a minute at the suite's start, three cold apps and browsers on two
            // cores): the click (which waits for the navigations it starts) and the URL wait allow two minutes.
            await sso.ClickAsync("[data-testid=sso-sign-in]", new() { Timeout = 120_000 });
            try
            {
                await sso.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.OrdinalIgnoreCase) && !url.Contains("signin-oidc", StringComparison.Ordinal),
                    new() { Timeout = 120_000 });
            }
            catch (TimeoutException)
            {
                await app.ScreenshotAsync(sso, "78-sso-stuck");
                throw new InvalidOperationException($"SSO ended on {sso.Url}: {await sso.Locator("body").InnerTextAsync()}");
            }

            await Expect(sso.Locator("body")).ToContainTextAsync("王二");

            step = "an unknown staff id is refused";
            app.Provider.NextStaffId = "330108-9999";
            var stranger = await app.NewPageAsync();
            await stranger.GotoAsync("/Account/Login");
            await stranger.ClickAsync("[data-testid=sso-sign-in]", new() { Timeout = 120_000 });
            await Expect(stranger.Locator("[data-testid=sso-refused-reason]")).ToContainTextAsync("尚未关联", new() { Timeout = 120_000 });
            await app.ScreenshotAsync(stranger, "79-sso-refused");

            step = "admin deactivates";
            await admin.ClickAsync($"[data-testid='deactivate-{Imported}']");
            var reason = admin.Locator(".mud-dialog");
            await reason.Locator("input[data-testid=reason-text]").FillAsync("调离本单位");
            await reason.Locator("[data-testid=reason-confirm]").ClickAsync();
            await Expect(admin.Locator($"[data-testid='user-status-{Imported}']")).ToContainTextAsync("已停用");
            await app.ScreenshotAsync(admin, "76-admin-user-deactivated");

            step = "their session ends";
            await user.ReloadAsync();
            await user.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
            await user.FillAsync("#Input\\.Email", Imported);
            await user.FillAsync("#Input\\.Password", NewPassword);
            await user.ClickAsync("button[type=submit]");
            await Expect(user.Locator("body")).ToContainTextAsync("用户名或密码错误");
            Assert.Contains("/Account/Login", user.Url, StringComparison.OrdinalIgnoreCase);
            await app.ScreenshotAsync(user, "77-deactivated-user-refused");

            step = "a reply time changed on the settings page";
            const string replyKey = "Workflows:ShareRequest:ReplyWorkingDays";
            await app.GotoAsync(admin, "/admin/settings");
            await admin.ClickAsync($"[data-testid='setting-edit-{replyKey}']");
            var setting = admin.Locator(".mud-dialog");
            await setting.Locator("input[data-testid=setting-days]").FillAsync("7");
            await setting.Locator("input[data-testid=setting-reason]").FillAsync("市政府通知延长答复期限");
            await app.ScreenshotAsync(admin, "80-admin-setting-dialog");
            await setting.Locator("[data-testid=setting-confirm]").ClickAsync();
            await Expect(admin.Locator($"[data-testid='setting-value-{replyKey}']")).ToContainTextAsync("7 个工作日");
            await Expect(admin.Locator($"[data-testid='setting-{replyKey}']")).ToContainTextAsync("系统管理员");
            await app.ScreenshotAsync(admin, "81-admin-settings");
        }
        catch (Exception failure)
        {
            throw new InvalidOperationException($"Step '{step}' failed. App output:\n{app.AppOutput}", failure);
        }
    }

    private async Task ImportAsync(IPage page, string code, bool expectError)
    {
        (string, string, string, string, string)[] rows =
        [
            (Imported, "王一", code, "审核人", NewPassword),
            ("wang2.xcq@city.gov.cn", "王二", code, "经办人", NewPassword),
            ("wang3.xcq@city.gov.cn", "王三", expectError ? "GA" : code, "目录管理员", NewPassword),
            ("wang4.xcq@city.gov.cn", "王四", code, "部门负责人", NewPassword),
            ("wang5.xcq@city.gov.cn", "王五", code, "安全负责人、审核人", NewPassword),
        ];
        var path = Path.Combine(Path.GetTempPath(), $"govdata-people-{Guid.NewGuid():N}.xlsx");
        await using (var file = File.Create(path))
        {
            // 王二 is linked to the city's identity service (统一身份标识, the sheet's optional sixth column).
            await GovData.Tests.Workflows.Administration.ImportUsersTests.WithExternalIds(
                GovData.Tests.Workflows.Administration.ImportUsersTests.Workbook(rows), ["", SsoStaffId, "", "", ""]).CopyToAsync(file);
        }

        await page.ClickAsync("[data-testid=users-import]");
        // The newest import dialog: the one of a first (refused) round may still be closing.
        var dialog = page.Locator(".mud-dialog").Filter(new() { Has = page.Locator("[data-testid=import-department]") }).Last;
        await dialog.Locator("[data-testid=import-department]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = code }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var message = dialog.Locator("[data-testid=import-message]");
        // The department picker answered, so the circuit is interactive: set the file once (a retry after a slow import
        // would import the same people a second time). MudFileUpload may keep a spent input beside the live (last) one.
        var input = dialog.Locator("input[type=file]").Last;
        await Expect(input).ToBeEnabledAsync();
        await input.SetInputFilesAsync(path);
        if (expectError)
        {
            await Expect(message).ToContainTextAsync("未导入任何人", new() { Timeout = 30_000 });
            await Expect(dialog.Locator("[data-testid=import-errors]")).ToContainTextAsync("只能导入本部门的人员");
            await app.ScreenshotAsync(page, "74-admin-import-refused");
        }
        else
        {
            await Expect(message).ToContainTextAsync("已导入 5 人", new() { Timeout = 30_000 });
        }

        await dialog.Locator("[data-testid=import-close]").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        File.Delete(path);
    }

    private async Task CreateDepartmentAsync(IPage page, string code, string name, int kindIndex, int levelIndex, int parentIndex)
    {
        await page.ClickAsync("[data-testid=departments-create]");
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("input[data-testid=department-code]").FillAsync(code);
        await dialog.Locator("input[data-testid=department-name]").FillAsync(name);
        foreach (var (select, index) in new[] { ("department-kind", kindIndex), ("department-level", levelIndex), ("department-parent", parentIndex) })
        {
            await dialog.Locator($"[data-testid={select}]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").Nth(index).ClickAsync();
            await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        }

        await dialog.Locator("[data-testid=department-submit]").ClickAsync();
        await Expect(page.Locator($"[data-testid=department-{code}]")).ToContainTextAsync(name);
    }
}
