using Bunit;
using GovData.Tests.Support;
using GovData.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GovData.Tests.Web.Localization;

/// <summary>MudBlazor's built-in messages follow the user's language: no English "Required" in the Chinese UI.</summary>
public sealed class MudLocalizerTests : GovDataBunitContext
{
    public MudLocalizerTests() => Services.AddTransient<MudLocalizer, GovDataMudLocalizer>();

    [Theory]
    [InlineData("zh-CN", "必填")]
    [InlineData("en", "Required")]
    public async Task EmptyRequiredField_SaysSoInTheUsersLanguage(string culture, string message)
    {
        UseCulture(culture);
        var cut = Render<MudTextField<string>>(p => p.Add(x => x.Required, true));

        await cut.InvokeAsync(() => cut.Instance.ValidateAsync());

        Assert.Equal(message, cut.Find(".mud-input-helper-text").TextContent.Trim());
    }
}
