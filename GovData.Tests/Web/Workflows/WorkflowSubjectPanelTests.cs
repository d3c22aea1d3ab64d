using System.Globalization;
using Bunit;
using GovData.Tests.Support;
using GovData.Web.Components.Pages.Workflows;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GovData.Tests.Web.Workflows;

public sealed class WorkflowSubjectPanelTests : GovDataBunitContext
{
    [Theory]
    [InlineData("zh-CN", "使用用途", "2025年10月9日 至 2026年10月8日")]
    [InlineData("en", "Purpose", "9 Oct 2025 to 8 Oct 2026")]
    public void Panel_ShowsLabelsTextLinksChipsAndPeriods(string culture, string purposeLabel, string period)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        IReadOnlyList<SubjectFact> facts =
        [
            SubjectFact.Of("Subject.ShareRequest.Resource", "户籍人口基本信息（JC-GA-0001）", "/sharing/catalog/7"),
            SubjectFact.Of("Subject.ShareRequest.Purpose", "核验参保人员身份"),
            new("Subject.ShareRequest.WantedItems", ["姓名", "公民身份号码"]),
            new("Subject.ShareRequest.Period", [new DateOnly(2025, 10, 9), new DateOnly(2026, 10, 8)]),
        ];

        var cut = Render<WorkflowSubjectPanel>(p => p.Add(x => x.Facts, facts));

        Assert.Contains(purposeLabel, cut.FindAll("dt").Select(dt => dt.TextContent));
        Assert.Equal("/sharing/catalog/7", cut.Find("[data-testid=subject-Resource] a").GetAttribute("href"));
        Assert.Equal(2, cut.FindAll("[data-testid=subject-WantedItems] .mud-chip").Count);
        Assert.Equal(period, cut.Find("[data-testid=subject-Period]").TextContent.Trim());
    }
}
