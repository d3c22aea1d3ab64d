using Bunit;
using GovData.Web.Components.Shared;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
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
    public async Task InTheInteractiveShell_IsAMenu_WhoseOptionsReloadThroughTheCultureEndpoint()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/notifications");
        var popover = Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<LanguageSwitch>(p => p.SetAssignedRenderMode(RenderMode.InteractiveServer));
        Assert.Empty(cut.FindAll("[data-testid=lang-en]"));

        await cut.Find("[data-testid=language-switch] button").ClickAsync(new());
        popover.WaitForAssertion(() => Assert.NotNull(popover.Find("[data-testid=lang-en]")));
        await popover.Find("[data-testid=lang-en]").ClickAsync(new());

        var navigation = (BunitNavigationManager)Services.GetRequiredService<NavigationManager>();
        var last = navigation.History.First();
        Assert.Equal("/culture/set?culture=en&redirectUri=%2Fnotifications", last.Uri);
        Assert.True(last.Options.ForceLoad);
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
