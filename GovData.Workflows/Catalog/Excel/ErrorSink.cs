namespace GovData.Workflows.Catalog.Excel;

/// <summary>Collects reader errors up to a limit, then notes once that more were left out.</summary>
internal sealed class ErrorSink(int limit)
{
    private readonly List<CatalogWorkbookError> _errors = [];

    public bool IsFull { get; private set; }

    public int Count => _errors.Count;

    public void Add(CatalogWorkbookError error)
    {
        if (IsFull)
        {
            return;
        }

        if (_errors.Count >= limit)
        {
            IsFull = true;
            _errors.Add(new(CatalogWorkbookErrors.TooManyErrors, [limit.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            return;
        }

        _errors.Add(error);
    }

    public CatalogWorkbookReadResult Result(
        IReadOnlyList<ResourceRow> resources,
        IReadOnlyList<ItemRow> items,
        IReadOnlyDictionary<string, string>? resourceColumns,
        IReadOnlyDictionary<string, string>? itemColumns) =>
        new(resources, items, _errors, resourceColumns, itemColumns);
}
