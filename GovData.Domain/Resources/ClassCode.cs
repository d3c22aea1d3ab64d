using System.Diagnostics.CodeAnalysis;

namespace GovData.Domain.Resources;

/// <summary>
/// 分类代码 <c>类.项.目[.细目]</c>: 类 one digit (1 基础 / 2 主题 / 3 部门), 项 two digits, 目 three digits, 细目 three
/// digits (optional). E.g. <c>2.01.003</c>, <c>1.02.001.004</c>.
/// </summary>
public sealed record ClassCode
{
    private ClassCode(string value, CatalogClass catalogClass)
    {
        Value = value;
        CatalogClass = catalogClass;
    }

    public string Value { get; }

    /// <summary>The class the first part names.</summary>
    public CatalogClass CatalogClass { get; }

    public static ClassCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new DomainRuleException(error, text ?? string.Empty);

    /// <summary>Parses; on failure <paramref name="errorKey"/> names the part that is wrong (a <see cref="CatalogErrors"/> key).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClassCode? code, [NotNullWhen(false)] out string? errorKey)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errorKey = CatalogErrors.ClassCodeRequired;
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length is < 3 or > 4)
        {
            errorKey = CatalogErrors.ClassCodeFormat;
            return false;
        }

        if (!IsDigits(parts[0], 1) || parts[0][0] is < '1' or > '3')
        {
            errorKey = CatalogErrors.ClassCodeCategory;
            return false;
        }

        errorKey = !IsDigits(parts[1], 2) ? CatalogErrors.ClassCodeItem
            : !IsDigits(parts[2], 3) ? CatalogErrors.ClassCodeGroup
            : parts.Length == 4 && !IsDigits(parts[3], 3) ? CatalogErrors.ClassCodeDetail
            : null;
        if (errorKey is not null)
        {
            return false;
        }

        code = new ClassCode(string.Join('.', parts), (CatalogClass)(parts[0][0] - '0'));
        return true;
    }

    public override string ToString() => Value;

    private static bool IsDigits(string part, int length) => part.Length == length && part.All(char.IsAsciiDigit);
}
