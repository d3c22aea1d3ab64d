using System.Globalization;
using Bunit;
using GovData.Web.Components.Pages.Workflows;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Workflows;

/// <summary>Issue #14: the instance page's back link goes where the user came from.</summary>
public sealed class WorkflowBackLinkTests : BunitContext
{
    public WorkflowBackLinkTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        Services.AddLocalization();
    }

    [Theory]
    [InlineData("/workflows/7?from=requests", "/sharing/requests", "返回我的申请")]
    [InlineData("/workflows/7?from=drafts", "/catalog/drafts", "返回目录草稿")]
    [InlineData("/workflows/7", "/inbox", "返回待办")]
    [InlineData("/workflows/7?from=elsewhere", "/inbox", "返回待办")]
    public void BackLink_FollowsTheOrigin(string url, string href, string text)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);

        var cut = Render<WorkflowBackLink>();

        var link = cut.Find("[data-testid=workflow-back]");
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Contains(text, link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Href_CarriesTheOrigin() => Assert.Equal("/workflows/12?from=requests", WorkflowBackLink.Href(12, "requests"));
}
