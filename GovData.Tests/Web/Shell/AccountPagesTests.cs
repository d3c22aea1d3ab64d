using System.Net;
using GovData.Tests.Support;

namespace GovData.Tests.Web.Shell;

[Collection(ShellWebCollection.Name)]
public sealed class AccountPagesTests(GovDataWebApplicationFactory factory)
{
    private const string Password = "GovData#2026";

    private HttpClient Client() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task LoginPage_IsChineseByDefault_WithTheE2EFieldsAndTheDemoHint()
    {
        var html = await Client().GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("用户名（电子邮箱）", html);
        Assert.Contains("id=\"Input.Email\"", html);
        Assert.Contains("id=\"Input.Password\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "type=\"submit\""));
        Assert.Contains("data-testid=\"demo-sign-ins\"", html);
        Assert.Contains("approver.ga@govdata.local", html);
    }

    [Fact]
    public async Task LoginPage_FollowsTheLanguageSwitch()
    {
        var client = Client();
        await client.GetAsync("/culture/set?culture=en&redirectUri=/Account/Login");

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("User name (e-mail)", html);
        Assert.Contains("aria-current=\"true\" data-testid=\"lang-en\"", html);
        Assert.Contains("href=\"/culture/set?culture=zh-CN&amp;redirectUri=%2FAccount%2FLogin\"", html);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoInChinese()
    {
        var response = await SignInForm.SignInAsync(Client(), "requester.jt@govdata.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_EmptyForm_ShowsLocalizedValidationMessages()
    {
        var response = await SignInForm.SignInAsync(Client(), "", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入用户名（电子邮箱）。", html);
        Assert.Contains("请输入密码。", html);
    }

    [Fact]
    public async Task Login_Approver_LandsOnTheDashboard()
    {
        var client = Client();

        var response = await SignInForm.SignInAsync(client, "approver.ga@govdata.local", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dashboard = await client.GetStringAsync("/");
        Assert.Contains("data-testid=\"dashboard\"", dashboard);
        Assert.Contains(">工作台</h1>", dashboard);
        Assert.Contains("赵审核人", dashboard);
        Assert.Contains("市公安局", dashboard);
    }

    [Fact]
    public async Task Register_CreatesAnApplicant_WithAWelcomeNotification()
    {
        var client = Client();

        var email = $"citizen.{Guid.NewGuid():N}@example.cn";
        var response = await SignInForm.PostAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "钱市民",
            ["Input.Password"] = "Citizen2026",
            ["Input.ConfirmPassword"] = "Citizen2026",
        });

        // Registration answers the same for a new and a taken address (issue #10): go and sign in.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.SignInAsync(client, email, "Citizen2026")).StatusCode);
        var dashboard = await client.GetStringAsync("/");
        Assert.Contains("data-testid=\"dashboard-count-OpenCatalog\"", dashboard);
        Assert.DoesNotContain("data-testid=\"nav-Nav.CatalogResources\"", dashboard);
        Assert.Contains("欢迎使用政务数据共享开放平台，钱市民。", await client.GetStringAsync("/notifications"));
    }

    [Fact]
    public async Task Register_WeakPassword_ShowsIdentityErrorsInChinese()
    {
        var response = await SignInForm.PostAsync(Client(), "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = $"weak.{Guid.NewGuid():N}@example.cn",
            ["Input.DisplayName"] = "孙市民",
            ["Input.Password"] = "password",
            ["Input.ConfirmPassword"] = "password",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("密码至少需要一个数字（0-9）。", html);
        Assert.Contains("密码至少需要一个大写字母（A-Z）。", html);
    }

    [Fact]
    public async Task Profile_ShowsTheDepartmentReadOnly()
    {
        var client = Client();
        await SignInForm.SignInAsync(client, "catalog.rs@govdata.local", Password);

        var html = await client.GetStringAsync("/Account/Manage");

        Assert.Contains("value=\"市人力资源和社会保障局\" id=\"department\"", html);
        Assert.Contains("孙目录管理员", html);
    }

    [Fact]
    public async Task AccessDenied_IsLocalized()
    {
        var html = await Client().GetStringAsync("/Account/AccessDenied");

        Assert.Contains("无权访问", html);
    }
}
