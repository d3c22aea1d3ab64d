using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>A row of an upload: its 0-based index (0 = the header) and its cells as text.</summary>
internal readonly record struct SourceRow(long Index, string[] Cells);

/// <summary>An upload's rows could not be read on (a decoding error, a broken workbook); <see cref="Error"/> says where.</summary>
internal sealed class DatasetSourceException(DatasetUploadError error) : Exception(error.Key)
{
    public DatasetUploadError Error { get; } = error;
}

/// <summary>The rows of a CSV upload in its encoding (checked by <see cref="DatasetTextScan"/> first).</summary>
internal static class DatasetCsvSource
{
    /// <summary>
    /// Hands every row to <paramref name="checker"/> in place (the parser's buffer, no strings for valid cells) until it
    /// says stop; <paramref name="afterRow"/> runs after each row (progress).
    /// </summary>
    public static void Check(Stream bytes, string encoding, DatasetRowChecker checker, Action? afterRow, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(bytes, DatasetTextScan.EncodingOf(encoding), detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        long index = 0;
        try
        {
            using var reader = DatasetCsv.StoredReader().From(text);
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!checker.Row(index++, new SourceCells(row)))
                {
                    return;
                }

                afterRow?.Invoke();
            }
        }
        catch (DecoderFallbackException)
        {
            throw new DatasetSourceException(DatasetUploadError.At(index == 0 ? null : index, null, null, DatasetUploadErrors.Encoding));
        }
    }
}

/// <summary>The rows of the first sheet of an XLSX upload, streamed by MiniExcel (after the inflation check).</summary>
internal static class DatasetXlsxSource
{
    public static IEnumerable<SourceRow> Read(Stream workbook)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception refused) when (refused is not OperationCanceledException)
        {
            throw new DatasetSourceException(DatasetUploadError.Of(DatasetUploadErrors.WorkbookUnreadable));
        }

        using (rows)
        {
            long index = 0;
            var width = 0;
            while (true)
            {
                string[] cells;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    var row = (IDictionary<string, object?>)rows.Current;
                    if (index == 0)
                    {
                        // The header's last non-empty cell sets the width; MiniExcel gives every row the sheet's dimension.
                        width = row.Values.Select((v, i) => (v, i)).LastOrDefault(p => !string.IsNullOrWhiteSpace(DatasetValues.FromCell(p.v))).i + 1;
                    }

                    var values = row.Values.Select(DatasetValues.FromCell).ToList();
                    var last = values.FindLastIndex(v => v.Length > 0);
                    cells = [.. values.Take(Math.Max(width, last + 1))];
                }
                catch (Exception refused) when (refused is not OperationCanceledException and not DatasetSourceException)
                {
                    throw new DatasetSourceException(DatasetUploadError.At(index == 0 ? null : index, null, null, DatasetUploadErrors.WorkbookUnreadable));
                }

                yield return new SourceRow(index++, cells);
            }
        }
    }
}
