namespace GovData.Workflows.Catalog.Excel;

/// <summary>What a column holds, which decides how a cell is parsed, written and explained.</summary>
public enum CatalogCellKind
{
    Text,
    Enum,
    NonNegativeInteger,
    PositiveInteger,
    NonNegativeDecimal,
    Date,
    Boolean,
    ResourceCode,
    ClassCode,
    ProviderCode,
    EnglishName,
    ResourceCodeList,
}

/// <summary>One column of a catalog sheet: the row field it maps, its header (fields.md) and how to fill it in.</summary>
public abstract class CatalogColumn
{
    protected CatalogColumn(string field, string header, CatalogCellKind kind, bool required, double width, string note)
    {
        Field = field;
        Header = header;
        Kind = kind;
        Required = required;
        Width = width;
        Note = note;
    }

    /// <summary>The property name on <see cref="ResourceRow"/> / <see cref="ItemRow"/>.</summary>
    public string Field { get; }

    public string Header { get; }

    public CatalogCellKind Kind { get; }

    /// <summary>Always required (a required-when rule such as 共享条件 for 有条件共享 is the model's, not the file's).</summary>
    public bool Required { get; }

    public int? MaxLength { get; init; }

    /// <summary>The enumeration of an <see cref="CatalogCellKind.Enum"/> column (its texts are the dropdown).</summary>
    public IEnumTexts? Options { get; init; }

    /// <summary>Column width in Excel character units (set explicitly: AdjustToContents needs GDI+).</summary>
    public double Width { get; }

    /// <summary>What the column means, for the 填写说明 sheet.</summary>
    public string Note { get; }

    /// <summary>The dropdown list of an enumerated or yes/no column; null for free input.</summary>
    public IReadOnlyList<string>? ListValues =>
        Options?.Texts ?? (Kind == CatalogCellKind.Boolean ? CatalogVocabulary.Booleans : null);
}

/// <summary>A column of the sheet whose rows are <typeparamref name="TRow"/>.</summary>
public sealed class CatalogColumn<TRow> : CatalogColumn
{
    public CatalogColumn(string field, string header, CatalogCellKind kind, bool required, double width, string note, Func<TRow, object?> value)
        : base(field, header, kind, required, width, note)
    {
        Value = value;
    }

    /// <summary>The typed value of this column in a row (for the writer).</summary>
    public Func<TRow, object?> Value { get; }
}
