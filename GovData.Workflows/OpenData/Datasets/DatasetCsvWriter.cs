using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// CSV for people and programs: UTF-8 with a BOM (so spreadsheet programs read Chinese right), CRLF, a header of the
/// item names, formula text neutralised. When the columns are the whole stored file (already in this dialect) it is
/// copied as it is — into a response's pipe straight from the file, in large reads, with its length announced.
/// </summary>
public sealed class DatasetCsvWriter : IDatasetWriter
{
    private const int FlushChars = 1 << 16;

    // Reads of the stored file straight into the pipe's memory: large enough that each costs one system call and one
    // socket send (measured over loopback: 2× the throughput of copying through the response stream in 128 KiB).
    private const int CopyBytes = 1 << 18;

    public DatasetFormat Format => DatasetFormat.Csv;

    public async Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var header = Header(rows);
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        if (rows.StoredCopy(header) is { } stored)
        {
            await stored.CopyToAsync(output, 1 << 17, cancellationToken);
            return;
        }

        await output.WriteAsync(header, cancellationToken);
        await WriteRowsAsync(rows, output, cancellationToken);
    }

    public async Task WriteAsync(DatasetRows rows, PipeWriter output, Action<long>? announceLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var header = Header(rows);
        if (rows.StoredCopy(header) is not { } stored)
        {
            await WriteAsync(rows, output.AsStream(leaveOpen: true), cancellationToken);
            return;
        }

        var preamble = Encoding.UTF8.Preamble;
        var length = stored.Length;
        announceLength?.Invoke(preamble.Length + length);
        output.Write(preamble);
        var file = stored.SafeFileHandle;
        for (long offset = 0; offset < length;)
        {
            var memory = output.GetMemory(CopyBytes);
            var read = await RandomAccess.ReadAsync(file, memory, offset, cancellationToken);
            if (read == 0)
            {
                // Shorter than when it was verified: the announced length is not reached and the client sees a cut response.
                break;
            }

            output.Advance(read);
            offset += read;
            var flushed = await output.FlushAsync(cancellationToken);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }

    private static byte[] Header(DatasetRows rows)
    {
        var line = new StringBuilder();
        DatasetCsv.AppendRow(line, [.. rows.Columns.Select(c => FormulaNeutraliser.Neutralise(c.Name))]);
        return DatasetCsv.Utf8NoBom.GetBytes(line.ToString());
    }

    private static async Task WriteRowsAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken)
    {
        var line = new StringBuilder(FlushChars + 4096);
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
