using Bunit;
using GovData.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Shell;

public sealed class LanguageSwitchTests : ShellTestContext
{
    [Fact]
    public void LinksToTheCultureEndpoint_WithTheCurrentPageAsRedirect()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/notifications?page=2");

        var cut = Render<LanguageSwitch>();

        Assert.Equal("/culture/set?culture=en&redirectUri=%2Fnotifications%3Fpage%3D2", cut.Find("[data-testid=lang-en]").GetAttribute("href"));
        Assert.Equal("/culture/set?culture=zh-CN&redirectUri=%2Fnotifications%3Fpage%3D2", cut.Find("[data-testid=lang-zh-CN]").GetAttribute("href"));
    }

    [Fact]
    public void MarksTheCurrentLanguage()
    {
        UseCulture("en");

        var cut = Render<LanguageSwitch>();

        Assert.Equal("true", cut.Find("[data-testid=lang-en]").GetAttribute("aria-current"));
        Assert.Null(cut.Find("[data-testid=lang-zh-CN]").GetAttribute("aria-current"));
        Assert.Equal("中文", cut.Find("[data-testid=lang-zh-CN]").TextContent);
        Assert.Equal("English", cut.Find("[data-testid=lang-en]").TextContent);
    }

    [Fact]
    public void FollowsNavigation()
    {
        var cut = Render<LanguageSwitch>();

        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/calendar");

        cut.WaitForAssertion(() =>
            Assert.EndsWith("redirectUri=%2Fadmin%2Fcalendar", cut.Find("[data-testid=lang-en]").GetAttribute("href")));
    }
}
