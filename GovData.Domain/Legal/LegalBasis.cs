namespace GovData.Domain.Legal;

/// <summary>One entry of the register of laws and articles a refusal or a restriction may cite (Art. 20).</summary>
public sealed class LegalBasis
{
    private LegalBasis()
    {
    }

    public LegalBasis(string lawName, string article, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lawName);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        LawName = lawName.Trim();
        Article = article.Trim();
        Text = text.Trim();
    }

    public int Id { get; private set; }

    /// <summary>E.g. 中华人民共和国个人信息保护法 (without the book-title marks).</summary>
    public string LawName { get; private set; } = string.Empty;

    /// <summary>E.g. 第十三条.</summary>
    public string Article { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    /// <summary>How the basis is cited: 《法律名称》第N条.</summary>
    public string Citation => $"《{LawName}》{Article}";
}
