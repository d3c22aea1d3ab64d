using System.Globalization;
using System.Resources;
using GovData.Workflows.Documents;

namespace GovData.Web.Localization;

/// <summary>Issued documents' words from <see cref="DocumentResource"/>, always in Chinese (zh-CN): an official document
/// is written in the administration's language whatever the reader's UI language.</summary>
public sealed class DocumentResourceTexts : IDocumentTexts
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly ResourceManager Resources = new(typeof(DocumentResource));

    public string Get(string key, params object[] arguments)
    {
        var text = Resources.GetString(key, Chinese) ?? key;
        return arguments.Length == 0 ? text : string.Format(Chinese, text, arguments);
    }
}
