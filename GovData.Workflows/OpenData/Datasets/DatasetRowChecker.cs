using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using nietras.SeparatedValues;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>The cells of one upload row, read in place: a CSV row of the parser's buffer, or a workbook row's texts.</summary>
internal readonly ref struct SourceCells
{
    private readonly SepReader.Row _row;
    private readonly string[]? _cells;

    public SourceCells(SepReader.Row row)
    {
        _row = row;
        _cells = null;
    }

    public SourceCells(string[] cells)
    {
        _row = default;
        _cells = cells;
    }

    public int Count => _cells?.Length ?? _row.ColCount;

    public ReadOnlySpan<char> this[int index] => _cells is null ? _row[index].Span : _cells[index];
}

/// <summary>
/// The rules of an upload applied row by row (decision 0021, 0028): the header matched to the entry's items, every
/// cell checked against its item's type and written in its stored form, in item order, to the release's CSV — as
/// spans, so a valid row allocates nothing. Errors are collected (up to <see cref="DatasetOptions.MaxErrors"/>);
/// after the first one nothing more is written (the release will not be stored).
/// </summary>
internal sealed class DatasetRowChecker(IReadOnlyList<DataItem> items, DatasetOptions options, DatasetSink sink)
{
    private readonly char[] _scratch = new char[DatasetValues.ScratchLength];
    private int[]? _columnOfItem;
    private string[]? _header;

    public List<DatasetUploadError> Errors { get; } = [];

    public long DataRows { get; private set; }

    public bool HasHeader => _header is not null;

    /// <returns>False when reading should stop (the header does not fit, or too many errors).</returns>
    public bool Row(long index, SourceCells cells)
    {
        if (_header is null)
        {
            return Header(cells);
        }

        if (IsBlank(cells))
        {
            return true;
        }

        DataRows++;
        if (cells.Count != _header.Length)
        {
            Errors.Add(DatasetUploadError.At(index, null, null, DatasetUploadErrors.ValueCount, _header.Length, cells.Count));
        }
        else
        {
            var columns = _columnOfItem!;
            for (var i = 0; i < columns.Length; i++)
            {
                var c = columns[i];
                var item = items[i];
                var text = Restore(cells[c]);
                if (text.Length > options.MaxCellCharacters)
                {
                    Errors.Add(DatasetUploadError.At(index, _header[c], text.ToString(), DatasetUploadErrors.TooLong, options.MaxCellCharacters));
                    continue;
                }

                if (DatasetValues.Check(item.DataType, item.Length, text, _scratch, out var stored) is { } key)
                {
                    Errors.Add(DatasetUploadError.At(index, _header[c], text.ToString(), key, item.Length ?? options.MaxCellCharacters));
                    continue;
                }

                if (Errors.Count == 0)
                {
                    if (i > 0)
                    {
                        sink.Append(',');
                    }

                    sink.AppendField(stored, neutralise: true);
                }
            }
        }

        if (Errors.Count >= options.MaxErrors)
        {
            Errors.Add(DatasetUploadError.Of(DatasetUploadErrors.TooManyErrors, options.MaxErrors));
            return false;
        }

        if (Errors.Count == 0)
        {
            sink.EndRow();
        }

        return true;
    }

    private bool Header(SourceCells cells)
    {
        var header = new string[cells.Count];
        for (var c = 0; c < header.Length; c++)
        {
            header[c] = cells[c].ToString();
        }

        if (header.Length > 0 && header[0].StartsWith('\uFEFF'))
        {
            header[0] = header[0][1..];
        }

        _header = header;
        _columnOfItem = MatchHeader(header);
        if (_columnOfItem is null)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sink.Append(',');
            }

            sink.AppendField(items[i].Name, neutralise: true);
        }

        sink.EndRow();
        return true;
    }

    /// <returns>For each item, the index of its file column; null (with the errors) when the columns do not match the items.</returns>
    private int[]? MatchHeader(string[] header)
    {
        if (header.Length > options.MaxColumns)
        {
            Errors.Add(DatasetUploadError.Of(DatasetUploadErrors.TooManyColumns, options.MaxColumns));
            return null;
        }

        var columnOfItem = new int[items.Count];
        Array.Fill(columnOfItem, -1);
        for (var c = 0; c < header.Length; c++)
        {
            var name = FormulaNeutraliser.Restore(header[c]).Trim();
            var index = FindItem(name);
            if (index < 0)
            {
                Errors.Add(DatasetUploadError.At(0, name, name, DatasetUploadErrors.ColumnUnknown));
            }
            else if (columnOfItem[index] >= 0)
            {
                Errors.Add(DatasetUploadError.At(0, name, name, DatasetUploadErrors.ColumnDuplicate, items[index].Name));
            }
            else
            {
                columnOfItem[index] = c;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (columnOfItem[i] < 0)
            {
                Errors.Add(DatasetUploadError.At(0, items[i].Name, null, DatasetUploadErrors.ColumnMissing, items[i].Name));
            }
        }

        return Errors.Count == 0 ? columnOfItem : null;
    }

    private int FindItem(string name)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].EnglishName, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlank(SourceCells cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (!cells[c].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="FormulaNeutraliser.Restore"/> on a span: a neutralising apostrophe before a dangerous character is dropped.</summary>
    private static ReadOnlySpan<char> Restore(ReadOnlySpan<char> text) =>
        text.Length > 1 && text[0] == FormulaNeutraliser.Prefix && FormulaNeutraliser.IsDangerous(text[1]) ? text[1..] : text;
}
