using System.Text;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// CSV for people and programs: UTF-8 with a BOM (so spreadsheet programs read Chinese right), CRLF, a header of the
/// item names, formula text neutralised. When the columns are the whole stored file (already in this dialect) it is
/// copied as it is.
/// </summary>
public sealed class DatasetCsvWriter : IDatasetWriter
{
    private const int FlushChars = 1 << 16;

    public DatasetFormat Format => DatasetFormat.Csv;

    public async Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder(FlushChars + 4096);
        DatasetCsv.AppendRow(line, [.. rows.Columns.Select(c => FormulaNeutraliser.Neutralise(c.Name))]);
        var header = DatasetCsv.Utf8NoBom.GetBytes(line.ToString());
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        if (rows.StoredCopy(header) is { } stored)
        {
            await stored.CopyToAsync(output, 1 << 17, cancellationToken);
            return;
        }

        var values = new string?[rows.Columns.Count];
        foreach (var row in rows.ReadRows())
        {
            for (var i = 0; i < row.Length; i++)
            {
                values[i] = row[i] is { } value ? FormulaNeutraliser.Neutralise(value) : null;
            }

            DatasetCsv.AppendRow(line, values);
            if (line.Length >= FlushChars)
            {
                await FlushAsync(line, output, cancellationToken);
            }
        }

        await FlushAsync(line, output, cancellationToken);
    }

    private static async Task FlushAsync(StringBuilder line, Stream output, CancellationToken cancellationToken)
    {
        if (line.Length == 0)
        {
            return;
        }

        var bytes = DatasetCsv.Utf8NoBom.GetBytes(line.ToString());
        line.Clear();
        await output.WriteAsync(bytes, cancellationToken);
    }
}
