namespace GovData.Workflows.Documents;

/// <summary>
/// The words of issued documents, from resource texts (GovData.Web's DocumentResource), always in Chinese (zh-CN):
/// an official document is written in the language of the administration, whatever the reader's UI language.
/// </summary>
public interface IDocumentTexts
{
    /// <summary>The text of <paramref name="key"/>, its placeholders filled when arguments are given (as it stands
    /// otherwise, e.g. a number format); the key itself when there is no such text.</summary>
    string Get(string key, params object[] arguments);
}
