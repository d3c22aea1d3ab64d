namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The dropdown lists of the workbook, one column each on the hidden 选项 sheet (shared by the columns of both data
/// sheets that use the same enumeration), and the range formula a data validation points at.
/// </summary>
public static class CatalogOptionLists
{
    /// <summary>(header of the 选项 column, its values), in first-use order over 目录 then 信息项.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> All { get; } = Build();

    public static string RangeFormula(IReadOnlyList<string> values)
    {
        var index = 0;
        while (!ReferenceEquals(All[index].Values, values))
        {
            index++;
        }

        var letter = CatalogSheets.ColumnLetter(index + 1);
        return $"'{CatalogSheets.Options}'!${letter}$2:${letter}${values.Count + 1}";
    }

    private static List<(string Name, IReadOnlyList<string> Values)> Build()
    {
        var lists = new List<(string Name, IReadOnlyList<string> Values)>();
        var columns = CatalogSheets.ResourceColumns.Cast<CatalogColumn>().Concat(CatalogSheets.ItemColumns);
        foreach (var column in columns)
        {
            if (column.ListValues is { } values && !lists.Exists(l => ReferenceEquals(l.Values, values)))
            {
                lists.Add((column.Header, values));
            }
        }

        return lists;
    }
}
