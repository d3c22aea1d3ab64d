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

        var english = cut.Find("[data-testid=lang-en]");
        Assert.Equal("/culture/set?culture=en&redirectUri=%2Fnotifications%3Fpage%3D2", english.GetAttribute("href"));
        // A full page load, not Blazor's enhanced navigation: the new culture needs a new circuit.
        Assert.Equal("false", english.GetAttribute("data-enhance-nav"));
    }

    [Fact]
    public void InEnglish_LinksBackToChinese()
    {
        UseCulture("en");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/audit");

        var cut = Render<LanguageSwitch>();

        Assert.Equal("/culture/set?culture=zh-CN&redirectUri=%2Fadmin%2Faudit", cut.Find("[data-testid=lang-zh-CN]").GetAttribute("href"));
        Assert.Null(cut.Find("[data-testid=lang-en]").GetAttribute("href"));
    }

    [Fact]
    public void MarksTheCurrentLanguage()
    {
        UseCulture("en");

        var cut = Render<LanguageSwitch>();

        Assert.Equal("true", cut.Find("[data-testid=lang-en]").GetAttribute("aria-current"));
        Assert.Equal("span", cut.Find("[data-testid=lang-en]").TagName, ignoreCase: true);
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
