using GovData.Domain.Resources;

namespace GovData.Domain.Catalog;

/// <summary>
/// The rules an entry must pass before it is submitted or published (docs/catalog/fields.md, Art. 18–20, 27): the
/// Excel import runs the same rules per row. Pure: what needs the database (is the code taken?) comes in as
/// <see cref="CatalogRuleContext"/>.
/// </summary>
public static class CatalogRules
{
    public const int NameMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int ItemNameMaxLength = 100;

    public static IReadOnlyList<CatalogViolation> Validate(CatalogEntryContent content, CatalogRuleContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var found = new List<CatalogViolation>();
        void Add(string field, string key, params object[] args) => found.Add(new CatalogViolation(field, key, args));

        ClassCode.TryParse(content.ClassCode, out var classCode, out var classError);
        if (classError is not null)
        {
            Add(nameof(content.ClassCode), classError, content.ClassCode);
        }
        else if (classCode!.CatalogClass != content.CatalogClass)
        {
            Add(nameof(content.ClassCode), CatalogErrors.ClassCodeClassMismatch, classCode.Value, content.CatalogClass);
        }

        if (!ResourceCode.TryParse(content.Code, out var code, out var codeError))
        {
            Add(nameof(content.Code), codeError, content.Code);
        }
        else
        {
            if (classCode is not null && code.ClassCode != classCode)
            {
                Add(nameof(content.Code), CatalogErrors.CodeClassCodeMismatch, code.Value, classCode.Value);
            }

            if (!string.IsNullOrWhiteSpace(content.ProviderCode) && code.ProviderCode != content.ProviderCode.Trim())
            {
                Add(nameof(content.Code), CatalogErrors.CodeProviderMismatch, code.Value, content.ProviderCode.Trim());
            }

            if (context?.CodeTaken is true)
            {
                Add(nameof(content.Code), CatalogErrors.CodeDuplicate, code.Value);
            }
        }

        Text(content.Name, NameMaxLength, nameof(content.Name), CatalogErrors.NameRequired, CatalogErrors.NameTooLong, found);
        if (content.CatalogClass == CatalogClass.Theme && content.Theme is null)
        {
            Add(nameof(content.Theme), CatalogErrors.ThemeRequired);
        }

        if (content.CatalogClass == CatalogClass.Base && content.BaseResourceKind is null)
        {
            Add(nameof(content.BaseResourceKind), CatalogErrors.BaseResourceKindRequired);
        }

        if (string.IsNullOrWhiteSpace(content.ProviderCode))
        {
            Add(nameof(content.ProviderCode), CatalogErrors.ProviderCodeRequired);
        }
        else if (context?.OwnDepartmentCode is { } own && content.ProviderCode.Trim() != own)
        {
            Add(nameof(content.ProviderCode), CatalogErrors.ProviderCodeNotOwn, content.ProviderCode.Trim(), own);
        }

        Text(content.Summary, SummaryMaxLength, nameof(content.Summary), CatalogErrors.SummaryRequired, CatalogErrors.SummaryTooLong, found);
        if (content.RecordCount < 0)
        {
            Add(nameof(content.RecordCount), CatalogErrors.RecordCountNegative);
        }

        if (content.DataVolumeMB < 0)
        {
            Add(nameof(content.DataVolumeMB), CatalogErrors.DataVolumeNegative);
        }

        if (content.ShareType == ShareType.Conditional && IsBlank(content.ShareCondition))
        {
            Add(nameof(content.ShareCondition), CatalogErrors.ShareConditionRequired);
        }

        if (content.ShareType != ShareType.NotShared && content.ShareMethod is null)
        {
            Add(nameof(content.ShareMethod), CatalogErrors.ShareMethodRequired);
        }

        if (content.OpenType == OpenType.OnApplication && IsBlank(content.OpenCondition))
        {
            Add(nameof(content.OpenCondition), CatalogErrors.OpenConditionRequired);
        }

        if (NeedsLegalBasis(content.ShareType, content.OpenType) && IsBlank(content.LegalBasis))
        {
            Add(nameof(content.LegalBasis), CatalogErrors.LegalBasisRequired, content.ShareType, content.OpenType);
        }

        foreach (var related in content.RelatedCodes.Where(c => !ResourceCode.TryParse(c, out _, out _)))
        {
            Add(nameof(content.RelatedCodes), CatalogErrors.RelatedCodeInvalid, related);
        }

        if (content.Items.Count == 0)
        {
            Add(nameof(content.Items), CatalogErrors.ItemsRequired);
        }

        ValidateItems(content, found);
        return found;
    }

    /// <summary>A restrictive share or open type needs its legal basis (Art. 20, 27).</summary>
    public static bool NeedsLegalBasis(ShareType shareType, OpenType openType) =>
        shareType != ShareType.Unconditional || openType != OpenType.Unconditional;

    /// <summary>Throws the first violation as a <see cref="DomainRuleException"/> (for code paths that must not go on).</summary>
    public static void Ensure(CatalogEntryContent content, CatalogRuleContext? context = null)
    {
        var violations = Validate(content, context);
        if (violations.Count > 0)
        {
            throw new DomainRuleException(violations[0].ErrorKey, [.. violations[0].Arguments]);
        }
    }

    private static void ValidateItems(CatalogEntryContent content, List<CatalogViolation> found)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Items.Count; i++)
        {
            var item = content.Items[i];
            var index = i;
            void Add(string field, string key, params object[] args) => found.Add(new CatalogViolation(field, key, args, index));

            if (IsBlank(item.Name))
            {
                Add(nameof(item.Name), CatalogErrors.ItemNameRequired);
            }
            else if (item.Name.Trim().Length > ItemNameMaxLength)
            {
                Add(nameof(item.Name), CatalogErrors.ItemNameTooLong, ItemNameMaxLength);
            }
            else if (!names.Add(item.Name.Trim()))
            {
                Add(nameof(item.Name), CatalogErrors.ItemNameDuplicate, item.Name.Trim());
            }

            if (IsBlank(item.EnglishName))
            {
                Add(nameof(item.EnglishName), CatalogErrors.ItemEnglishNameRequired);
            }
            else if (!IsIdentifierLike(item.EnglishName.Trim()))
            {
                Add(nameof(item.EnglishName), CatalogErrors.ItemEnglishNameFormat, item.EnglishName);
            }

            if (item.Length <= 0)
            {
                Add(nameof(item.Length), CatalogErrors.ItemLengthNotPositive);
            }

            if (item.ShareType == ShareType.Conditional && IsBlank(item.ShareCondition))
            {
                Add(nameof(item.ShareCondition), CatalogErrors.ItemShareConditionRequired);
            }

            if (item.OpenType == OpenType.OnApplication && IsBlank(item.OpenCondition))
            {
                Add(nameof(item.OpenCondition), CatalogErrors.ItemOpenConditionRequired);
            }

            if (NeedsLegalBasis(item.ShareType, item.OpenType) && IsBlank(item.LegalBasis))
            {
                Add(nameof(item.LegalBasis), CatalogErrors.ItemLegalBasisRequired, item.ShareType, item.OpenType);
            }

            if (item.IsBaseItem && content.CatalogClass == CatalogClass.Base && item.ShareType != ShareType.Unconditional)
            {
                Add(nameof(item.ShareType), CatalogErrors.ItemBaseMustBeUnconditional, item.ShareType);
            }
        }
    }

    /// <summary>Letters, digits, spaces and _ - ' ( ), starting with a letter: readable as a column name.</summary>
    private static bool IsIdentifierLike(string text) =>
        char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '-' or '\'' or '(' or ')');

    private static void Text(string? value, int max, string field, string requiredKey, string tooLongKey, List<CatalogViolation> found)
    {
        if (IsBlank(value))
        {
            found.Add(new CatalogViolation(field, requiredKey, []));
        }
        else if (value!.Trim().Length > max)
        {
            found.Add(new CatalogViolation(field, tooLongKey, [max]));
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}

/// <summary>What the rules need from outside the entry: whether another entry holds the code; the user's department code.</summary>
public sealed record CatalogRuleContext(bool CodeTaken = false, string? OwnDepartmentCode = null);
