using System.Globalization;

namespace GovData.Domain.Catalog;

/// <summary>One field that differs: values as invariant text (enum names, yyyy-MM-dd dates), null when empty.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>An item present in both, with its field changes.</summary>
public sealed record ItemChange(string Name, IReadOnlyList<FieldChange> Changes);

/// <summary>What changed between two states of an entry: field by field, items added / removed / changed (matched by name).</summary>
public sealed record CatalogDiff(
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<string> ItemsAdded,
    IReadOnlyList<string> ItemsRemoved,
    IReadOnlyList<ItemChange> ItemsChanged)
{
    public bool IsEmpty => Fields.Count == 0 && ItemsAdded.Count == 0 && ItemsRemoved.Count == 0 && ItemsChanged.Count == 0;

    /// <summary>Compares <paramref name="before"/> (null: nothing yet, e.g. version 1) with <paramref name="after"/>.</summary>
    public static CatalogDiff Between(CatalogEntryContent? before, CatalogEntryContent after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var afterFields = EntryFields(after);
        var fields = Compare(before is null ? [.. afterFields.Select(f => (f.Item1, (string?)null))] : EntryFields(before), afterFields);
        before ??= new CatalogEntryContent();
        var old = before.Items.GroupBy(i => i.Name.Trim()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.Items.GroupBy(i => i.Name.Trim()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = now.Keys.Where(n => !old.ContainsKey(n)).ToList();
        var removed = old.Keys.Where(n => !now.ContainsKey(n)).ToList();
        var changed = now.Keys.Where(old.ContainsKey)
            .Select(n => new ItemChange(n, Compare(ItemFields(old[n]), ItemFields(now[n]))))
            .Where(c => c.Changes.Count > 0)
            .ToList();
        return new CatalogDiff(fields, added, removed, changed);
    }

    private static List<FieldChange> Compare(IReadOnlyList<(string Field, string? Value)> before, IReadOnlyList<(string Field, string? Value)> after) =>
        before.Zip(after, (b, a) => new FieldChange(a.Field, b.Value, a.Value))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .ToList();

    private static List<(string, string?)> EntryFields(CatalogEntryContent c) =>
    [
        (nameof(c.Code), Text(c.Code)),
        (nameof(c.Name), Text(c.Name)),
        (nameof(c.CatalogClass), c.CatalogClass.ToString()),
        (nameof(c.ClassCode), Text(c.ClassCode)),
        (nameof(c.Theme), c.Theme?.ToString()),
        (nameof(c.BaseResourceKind), c.BaseResourceKind?.ToString()),
        (nameof(c.PriorityDomain), c.PriorityDomain?.ToString()),
        (nameof(c.ProviderCode), Text(c.ProviderCode)),
        (nameof(c.InternalUnit), Text(c.InternalUnit)),
        (nameof(c.SourceSystem), Text(c.SourceSystem)),
        (nameof(c.Summary), Text(c.Summary)),
        (nameof(c.Format), c.Format.ToString()),
        (nameof(c.RecordCount), c.RecordCount?.ToString(CultureInfo.InvariantCulture)),
        (nameof(c.DataVolumeMB), c.DataVolumeMB?.ToString(CultureInfo.InvariantCulture)),
        (nameof(c.ShareType), c.ShareType.ToString()),
        (nameof(c.ShareCondition), Text(c.ShareCondition)),
        (nameof(c.ShareMethod), c.ShareMethod?.ToString()),
        (nameof(c.OpenType), c.OpenType.ToString()),
        (nameof(c.OpenCondition), Text(c.OpenCondition)),
        (nameof(c.LegalBasis), Text(c.LegalBasis)),
        (nameof(c.UpdateCycle), c.UpdateCycle.ToString()),
        (nameof(c.LastDataUpdate), c.LastDataUpdate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        (nameof(c.ReleaseDate), c.ReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        (nameof(c.RelatedCodes), Text(string.Join("; ", c.RelatedCodes))),
    ];

    private static List<(string, string?)> ItemFields(CatalogItemContent i) =>
    [
        (nameof(i.EnglishName), Text(i.EnglishName)),
        (nameof(i.DataType), i.DataType.ToString()),
        (nameof(i.Length), i.Length?.ToString(CultureInfo.InvariantCulture)),
        (nameof(i.Description), Text(i.Description)),
        (nameof(i.IsBaseItem), i.IsBaseItem ? "true" : "false"),
        (nameof(i.ShareType), i.ShareType.ToString()),
        (nameof(i.ShareCondition), Text(i.ShareCondition)),
        (nameof(i.OpenType), i.OpenType.ToString()),
        (nameof(i.OpenCondition), Text(i.OpenCondition)),
        (nameof(i.LegalBasis), Text(i.LegalBasis)),
    ];

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
