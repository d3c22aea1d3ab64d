using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Localization;

/// <summary>Serves MudBlazor's built-in texts from <see cref="MudBlazorResource"/> (zh-CN neutral, English in .en).</summary>
internal sealed class GovDataMudLocalizer(IStringLocalizer<MudBlazorResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => localizer[key];
}
