namespace GovData.Domain.Catalog;

/// <summary>
/// One broken rule: the field (a <see cref="CatalogEntryContent"/> or <see cref="CatalogItemContent"/> property name),
/// the resource key (naming the field) and its arguments; <see cref="ItemIndex"/> is the item's position for item rules.
/// </summary>
public sealed record CatalogViolation(string Field, string ErrorKey, IReadOnlyList<object> Arguments, int? ItemIndex = null)
{
    public bool IsItemRule => ItemIndex is not null;
}
