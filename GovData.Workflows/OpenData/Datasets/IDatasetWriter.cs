using System.IO.Pipelines;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// Writes the rows of an opened release to a stream as they are read (never the whole dataset in memory). Every text
/// that a spreadsheet could take for a formula is neutralised in CSV and XLSX (<see cref="Catalog.Excel.FormulaNeutraliser"/>).
/// </summary>
public interface IDatasetWriter
{
    DatasetFormat Format { get; }

    Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes to a response's pipe. A writer that knows the length before its first byte announces it through
    /// <paramref name="announceLength"/> (a Content-Length instead of chunks); the stored CSV is copied from the file
    /// straight into the pipe's buffers (decision 0032).
    /// </summary>
    Task WriteAsync(DatasetRows rows, PipeWriter output, Action<long>? announceLength, CancellationToken cancellationToken = default) =>
        WriteAsync(rows, output.AsStream(leaveOpen: true), cancellationToken);
}

/// <summary>The writer of each format.</summary>
public sealed class DatasetWriters(IEnumerable<IDatasetWriter> writers)
{
    private readonly Dictionary<DatasetFormat, IDatasetWriter> _writers = writers.ToDictionary(w => w.Format);

    public IDatasetWriter For(DatasetFormat format) => _writers[format];

    /// <summary>The writers without dependency injection (benchmarks, tests).</summary>
    public static DatasetWriters Create() => new([new DatasetCsvWriter(), new DatasetJsonWriter(), new DatasetXlsxWriter()]);
}
