using System.Globalization;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using MiniExcelLibs;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// XLSX through MiniExcel's streaming writer (rows are enumerated while the sheet is written; ClosedXML would build
/// the workbook in memory). The package is written to a temporary file first — a zip cannot be streamed to a
/// response without synchronous writes — and then copied; the file is deleted when closed. Numbers are numbers,
/// texts neutralised.
/// </summary>
public sealed class DatasetXlsxWriter : IDatasetWriter
{
    public DatasetFormat Format => DatasetFormat.Xlsx;

    public async Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(Path.GetTempPath(), $"govdata-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                await MiniExcel.SaveAsAsync(file, Sheet(rows), printHeader: true, sheetName: "data", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
            }

            await using var written = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await written.CopyToAsync(output, 1 << 17, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Sheet(DatasetRows rows)
    {
        var names = rows.Columns.Select(c => FormulaNeutraliser.Neutralise(c.Name)).ToArray();
        var types = rows.Columns.Select(c => c.Type).ToArray();
        foreach (var row in rows.ReadRows())
        {
            var cells = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < row.Length; i++)
            {
                cells[names[i]] = Cell(types[i], row[i]);
            }

            yield return cells;
        }
    }

    private static object? Cell(DataItemType type, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (type == DataItemType.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return type == DataItemType.Boolean && bool.TryParse(value, out var flag) ? flag : FormulaNeutraliser.Neutralise(value);
    }
}
