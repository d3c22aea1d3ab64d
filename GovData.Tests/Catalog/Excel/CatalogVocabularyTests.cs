using System.Globalization;
using System.Resources;
using GovData.Domain.Resources;
using GovData.Web.Localization;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Tests.Catalog.Excel;

public sealed class CatalogVocabularyTests
{
    [Fact]
    public void EnumTexts_GoBothWays()
    {
        Assert.Equal("依申请开放", CatalogVocabulary.OpenTypes.TextOf(OpenType.OnApplication));
        Assert.True(CatalogVocabulary.Themes.TryParse(" 营商环境 ", out var theme));
        Assert.Equal(Theme.BusinessEnvironment, theme);
        Assert.False(CatalogVocabulary.UpdateCycles.TryParse("每两周", out _));
        Assert.True(CatalogVocabulary.TryParseBoolean("是", out var yes) && yes);
    }

    [Fact]
    public void EnumTexts_WithAMemberLeftOut_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnumTexts<ShareMethod>((ShareMethod.Interface, "接口")));

    [Fact]
    public void EveryErrorKey_HasAChineseAndAnEnglishText()
    {
        var keys = typeof(CatalogWorkbookErrors).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var resources = new ResourceManager(typeof(CatalogImportResource));

        Assert.True(keys.Count > 25);
        foreach (var key in keys)
        {
            var chinese = resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN"));
            var english = resources.GetString(key, CultureInfo.GetCultureInfo("en"));
            Assert.False(string.IsNullOrEmpty(chinese), key);
            Assert.False(string.IsNullOrEmpty(english), key);
            Assert.NotEqual(chinese, english);
        }
    }
}
