namespace GovData.Domain.Legal;

/// <summary>
/// One entry of the register of laws and articles a refusal or a restriction may cite (Art. 20, Art. 27): the law, its
/// article, optionally the clause or item within it (款、项), and a summary of what it says. An entry a decision has cited
/// is never deleted or rewritten — it is retired, so it can no longer be picked, while every old decision still reads
/// the citation it was made with.
/// </summary>
public sealed class LegalBasis
{
    public const int LawNameMaxLength = 128;
    public const int ArticleMaxLength = 64;
    public const int ClauseMaxLength = 64;
    public const int TextMaxLength = 4000;

    private LegalBasis()
    {
    }

    public LegalBasis(string lawName, string article, string text, string? clause = null)
    {
        Revise(lawName, article, clause, text);
    }

    public int Id { get; private set; }

    /// <summary>E.g. 中华人民共和国个人信息保护法 (without the book-title marks).</summary>
    public string LawName { get; private set; } = string.Empty;

    /// <summary>E.g. 第十三条.</summary>
    public string Article { get; private set; } = string.Empty;

    /// <summary>The clause or item within the article (e.g. 第一款第三项); empty when the whole article is meant.</summary>
    public string Clause { get; private set; } = string.Empty;

    /// <summary>A summary of what the provision says (shown beside the citation when a refusal picks it).</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>When the entry was retired (UTC); a retired entry cannot be picked for new decisions.</summary>
    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>How the basis is cited: 《法律名称》第N条, followed by the clause when there is one.</summary>
    public string Citation => $"《{LawName}》{Article}{Clause}";

    /// <summary>How any row of the register is cited (for projections that do not load the entity).</summary>
    public static string CitationOf(string lawName, string article, string? clause) => $"《{Unmark(lawName)}》{article}{clause}";

    /// <summary>Corrects the entry (only while no decision cites it — the use case checks).</summary>
    public void Revise(string lawName, string article, string? clause, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lawName);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        LawName = Unmark(lawName.Trim());
        Article = article.Trim();
        Clause = clause?.Trim() ?? string.Empty;
        Text = text.Trim();
    }

    public void Retire(DateTime atUtc) => RetiredAt ??= atUtc;

    public void Reinstate() => RetiredAt = null;

    // 《中华人民共和国数据安全法》 typed with its book-title marks is the same law as without them.
    private static string Unmark(string lawName) =>
        lawName.StartsWith('《') && lawName.EndsWith('》') && lawName.Length > 2 ? lawName[1..^1].Trim() : lawName;
}
