using System.Globalization;
using GovData.Workflows.Disputes;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Localization;

/// <summary>The dispute decision document's words (DisputeResource <c>Document.*</c>), always in zh-CN: an official
/// document is written in the official language whatever the language of the officer's screen.</summary>
public sealed class DisputeDecisionTexts(IStringLocalizerFactory factory) : IDisputeDecisionTexts
{
    private static readonly CultureInfo Official = CultureInfo.GetCultureInfo("zh-CN");
    private readonly IStringLocalizer _texts = factory.Create(typeof(DisputeResource));

    public string Text(string key, params object[] arguments)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Official;
            // Without arguments the text is taken as written: formatting it would throw on a text that is itself a
            // format (the number format "数共争决〔{0}〕{1:0000}号" is filled in later by the document service).
            return arguments is { Length: > 0 } ? _texts[key, arguments].Value : _texts[key].Value;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
