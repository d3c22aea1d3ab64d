using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>
/// The broken rules of the last save or submit, worded in the user's language (CatalogResource keys), looked up by the
/// field they name: entry fields by property name, item fields by item position and property name.
/// </summary>
public sealed class EditorErrors
{
    private readonly IReadOnlyList<CatalogViolation> _violations;
    private readonly IStringLocalizer<CatalogResource> _text;

    public EditorErrors(IReadOnlyList<CatalogViolation> violations, IStringLocalizer<CatalogResource> text)
    {
        _violations = violations;
        _text = text;
    }

    public static EditorErrors None(IStringLocalizer<CatalogResource> text) => new([], text);

    public int Count => _violations.Count;

    public bool Any => _violations.Count > 0;

    /// <summary>Every message in the order the rules found them (the summary at the top).</summary>
    public IEnumerable<(CatalogViolation Violation, string Message)> All => _violations.Select(v => (v, Message(v)));

    public string? For(string field) => Join(_violations.Where(v => v.ItemIndex is null && v.Field == field));

    public string? ForItem(int index, string field) => Join(_violations.Where(v => v.ItemIndex == index && v.Field == field));

    public bool ItemHasErrors(int index) => _violations.Any(v => v.ItemIndex == index);

    public string Message(CatalogViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var template = _text[violation.ErrorKey];
        return template.ResourceNotFound
            ? violation.ErrorKey
            : string.Format(CultureInfo.CurrentCulture, template.Value, [.. violation.Arguments]);
    }

    private string? Join(IEnumerable<CatalogViolation> found)
    {
        var messages = found.Select(Message).ToList();
        return messages.Count == 0 ? null : string.Join(' ', messages);
    }
}
