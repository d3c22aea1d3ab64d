using System.Globalization;
using System.IO.Pipelines;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using MiniExcelLibs;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// XLSX through MiniExcel's streaming writer (rows are enumerated while the sheet is written; ClosedXML would build
/// the workbook in memory). MiniExcel writes the package synchronously on a thread of its own into a bounded pipe
/// whose other end is copied to the response while the rest is written, so nothing waits for the whole workbook and
/// at most <see cref="PipeBytes"/> of it is held (decision 0032; its asynchronous API was several times slower, and
/// a temporary file cost a second write and read). Numbers are numbers, texts neutralised.
/// </summary>
public sealed class DatasetXlsxWriter : IDatasetWriter
{
    private const int PipeBytes = 4 << 20;

    public DatasetFormat Format => DatasetFormat.Xlsx;

    public async Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        await WriteAsync(rows, writer, null, cancellationToken);
        await writer.CompleteAsync();
    }

    public async Task WriteAsync(DatasetRows rows, PipeWriter output, Action<long>? announceLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PipeBytes, resumeWriterThreshold: PipeBytes / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(
            () => Produce(rows, pipe.Writer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await pipe.Reader.CopyToAsync(output, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        catch
        {
            // The client went away (or the copy failed): the producer stops at its next row.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped because the response ended early.
            }
        }
    }

    private static void Produce(DatasetRows rows, PipeWriter pipe, CancellationToken cancellationToken)
    {
        try
        {
            using (var stream = pipe.AsStream(leaveOpen: true))
            {
                MiniExcel.SaveAs(stream, Sheet(rows, cancellationToken), printHeader: true, sheetName: "data", excelType: ExcelType.XLSX);
            }

            pipe.Complete();
        }
        catch (Exception failure)
        {
            pipe.Complete(failure);
            throw;
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Sheet(DatasetRows rows, CancellationToken cancellationToken)
    {
        var names = rows.Columns.Select(c => FormulaNeutraliser.Neutralise(c.Name)).ToArray();
        var types = rows.Columns.Select(c => c.Type).ToArray();
        foreach (var row in rows.ReadRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
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
