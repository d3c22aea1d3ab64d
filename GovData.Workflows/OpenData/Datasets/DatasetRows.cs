using GovData.Domain.OpenData;
using GovData.Workflows.Catalog.Excel;
using nietras.SeparatedValues;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// The rows of one verified release, restricted to <see cref="Columns"/>, read from the stored file as they are
/// enumerated (never all in memory). Values come back as uploaded (typed values normalised, formula neutralisation
/// undone; empty cells are null). Enumerate <see cref="ReadRows"/> once; dispose to close the file.
/// </summary>
public sealed class DatasetRows : IDisposable, IAsyncDisposable
{
    private readonly FileStream _file;
    private readonly int[] _sourceIndexes;
    private bool _read;

    internal DatasetRows(DatasetRelease release, string entryCode, string entryName, IReadOnlyList<DatasetColumn> columns, int[] sourceIndexes, FileStream file)
    {
        Release = release;
        EntryCode = entryCode;
        EntryName = entryName;
        Columns = columns;
        _sourceIndexes = sourceIndexes;
        _file = file;
    }

    public DatasetRelease Release { get; }

    public string EntryCode { get; }

    public string EntryName { get; }

    public IReadOnlyList<DatasetColumn> Columns { get; }

    public long RowCount => Release.RowCount;

    /// <summary>True when the columns are exactly the stored ones in stored order (the file can be copied as it is).</summary>
    public bool IsWholeFile => _sourceIndexes.Length == Release.ItemIds.Count && _sourceIndexes.Select((s, i) => s == i).All(b => b);

    /// <summary>
    /// When the columns are the whole stored file and its header line is <paramref name="header"/>, the stored file
    /// (already verified) positioned at its start, to be copied unchanged; otherwise null and the rows are read.
    /// </summary>
    internal FileStream? StoredCopy(ReadOnlySpan<byte> header)
    {
        if (!IsWholeFile || _file.Length < header.Length)
        {
            return null;
        }

        var buffer = new byte[header.Length];
        _file.Position = 0;
        _file.ReadExactly(buffer);
        _file.Position = 0;
        if (!header.SequenceEqual(buffer))
        {
            return null;
        }

        TakeOnce();
        return _file;
    }

    /// <summary>The rows, one array per row in <see cref="Columns"/> order.</summary>
    public IEnumerable<string?[]> ReadRows()
    {
        TakeOnce();
        return Enumerate();
    }

    public void Dispose() => _file.Dispose();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private void TakeOnce()
    {
        if (_read)
        {
            throw new InvalidOperationException("The rows of a release are read once.");
        }

        _read = true;
    }

    private IEnumerable<string?[]> Enumerate()
    {
        _file.Position = 0;
        using var reader = DatasetCsv.StoredReader().From(_file);
        var header = true;
        foreach (var row in reader)
        {
            if (header)
            {
                header = false;
                continue;
            }

            var values = new string?[_sourceIndexes.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var span = row[_sourceIndexes[i]].Span;
                values[i] = span.Length == 0 ? null : FormulaNeutraliser.Restore(span.ToString());
            }

            yield return values;
        }
    }
}
