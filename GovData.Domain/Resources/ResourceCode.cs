using System.Diagnostics.CodeAnalysis;

namespace GovData.Domain.Resources;

/// <summary>
/// 资源代码 <c>{ClassCode}/{ProviderCode}-{Sequence}</c>: the class code, the provider department's code (upper-case
/// letters and digits, as <c>Department.Code</c>) and a 4–6 digit sequence. E.g. <c>2.01.003/WJ-0003</c>. Unique
/// city-wide (a unique index, and <see cref="CatalogErrors.CodeDuplicate"/>).
/// </summary>
public sealed record ResourceCode
{
    public const int MaxLength = 64;

    private ResourceCode(ClassCode classCode, string providerCode, string sequence)
    {
        ClassCode = classCode;
        ProviderCode = providerCode;
        Sequence = sequence;
        Value = $"{classCode.Value}/{providerCode}-{sequence}";
    }

    public string Value { get; }

    public ClassCode ClassCode { get; }

    public string ProviderCode { get; }

    public string Sequence { get; }

    public static ResourceCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new DomainRuleException(error, text ?? string.Empty);

    /// <summary>Parses; on failure <paramref name="errorKey"/> names the part that is wrong (a <see cref="CatalogErrors"/> key).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ResourceCode? code, [NotNullWhen(false)] out string? errorKey)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errorKey = CatalogErrors.CodeRequired;
            return false;
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var dash = trimmed.LastIndexOf('-');
        if (trimmed.Length > MaxLength || slash <= 0 || dash < slash || trimmed.IndexOf('/', slash + 1) >= 0)
        {
            errorKey = CatalogErrors.CodeFormat;
            return false;
        }

        if (!ClassCode.TryParse(trimmed[..slash], out var classCode, out _))
        {
            errorKey = CatalogErrors.CodeClassPart;
            return false;
        }

        var provider = trimmed[(slash + 1)..dash];
        if (provider.Length is 0 or > 32 || !provider.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            errorKey = CatalogErrors.CodeProviderPart;
            return false;
        }

        var sequence = trimmed[(dash + 1)..];
        if (sequence.Length is < 4 or > 6 || !sequence.All(char.IsAsciiDigit))
        {
            errorKey = CatalogErrors.CodeSequencePart;
            return false;
        }

        errorKey = null;
        code = new ResourceCode(classCode, provider, sequence);
        return true;
    }

    public override string ToString() => Value;
}
