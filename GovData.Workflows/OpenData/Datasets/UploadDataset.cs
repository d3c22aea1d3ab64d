using GovData.Domain.Identity;
using GovData.Domain.OpenData;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Catalog;
using GovData.Workflows.OpenData.Portal;
using GovData.Workflows.Persistence;
using GovData.Workflows.Uploads;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Datasets;

/// <param name="Content">The uploaded file, seekable (the caller buffers it to disk within <see cref="DatasetOptions.MaxUploadBytes"/>).</param>
public sealed record UploadDatasetCommand(int DataResourceId, Stream Content, string? FileName);

/// <summary>How far an upload is: rows checked so far and the bytes of the upload read.</summary>
public sealed record DatasetUploadProgress(long Rows, long BytesRead, long BytesTotal);

public sealed record DatasetUploadResult(DatasetRelease? Release, IReadOnlyList<DatasetUploadError> Errors, string? Encoding = null)
{
    public bool Succeeded => Release is not null;

    public static DatasetUploadResult Refused(DatasetUploadError error) => new(null, [error]);
}

/// <summary>
/// A CatalogManager of the providing department stores a new release of a published entry's data (issue #11 §1,
/// decision 0021): the file's columns are matched to the entry's data items by name (Chinese or English), every value
/// is checked against its item's type, and the rows are written, streamed, to the store's canonical CSV while they are
/// hashed. Any error refuses the whole upload: nothing is stored and the entry is unchanged. A release sets the
/// entry's last data update (Art. 16).
/// </summary>
public sealed class UploadDataset(IDbContextFactory<GovDataDbContext> contextFactory, UnitOfWork unitOfWork, DatasetStore store, TimeProvider time, IOpenCatalogChanges? openCatalog = null)
{
    private const int ProgressEveryRows = 10_000;

    public async Task<DatasetUploadResult> ExecuteAsync(UserContext user, UploadDatasetCommand command, IProgress<DatasetUploadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var options = store.Options;

        DataResource? entry;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            entry = await db.DataResources.AsNoTracking().Include(r => r.Items)
                .Where(CatalogVisibility.VisibleTo(user))
                .SingleOrDefaultAsync(r => r.Id == command.DataResourceId, cancellationToken);
        }

        if (entry is null)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.NotFound));
        }

        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId != entry.ProviderDepartmentId)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.NotAllowed));
        }

        if (entry.Status != CatalogStatus.Published)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.NotPublished));
        }

        var content = command.Content;
        if (content.Length == 0)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.Empty));
        }

        if (content.Length > options.MaxUploadBytes)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.TooLarge, options.MaxUploadBytes / (1024 * 1024)));
        }

        var format = FormatOf(content, command.FileName);
        if (format is null)
        {
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.UnknownFormat));
        }

        var items = entry.ActiveItems.ToList();
        string encoding;
        Written written;
        DatasetTempFile temp;
        if (format == DatasetSourceFormat.Xlsx)
        {
            content.Position = 0;
            if (!PackageInflationCheck.IsWithin(content, options.MaxXlsxUncompressedBytes, 200, 10_000))
            {
                return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.WorkbookTooLarge));
            }

            encoding = "xlsx";
            (temp, written) = await WriteAsync(format.Value, encoding, entry.Id, items, content, progress, cancellationToken);
        }
        else
        {
            // One pass (decision 0032): the bytes are checked as the parser reads them (DatasetGuardedStream) and
            // decoded as strict UTF-8. Only a refused attempt is scanned whole, as before: a byte-level refusal comes
            // first, and a file that is not UTF-8 is read again as GB18030.
            (temp, written) = await WriteAsync(format.Value, DatasetTextScan.Utf8, entry.Id, items, content, progress, cancellationToken);
            encoding = written.HasBom ? DatasetTextScan.Utf8Bom : DatasetTextScan.Utf8;
            if (written.Errors.Count > 0)
            {
                temp.Dispose();
                content.Position = 0;
                var (scanned, error) = DatasetTextScan.Scan(content, options.MaxRowBytes, cancellationToken);
                if (error is not null)
                {
                    return DatasetUploadResult.Refused(error);
                }

                encoding = scanned!;
                if (encoding == DatasetTextScan.Gb18030)
                {
                    (temp, written) = await WriteAsync(format.Value, encoding, entry.Id, items, content, progress, cancellationToken);
                }
            }
        }

        using var stored = temp;
        if (written.Errors.Count > 0)
        {
            return new DatasetUploadResult(null, written.Errors, encoding);
        }

        store.Commit(temp, entry.Id);
        var uploadedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            var release = await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                var live = await db.DataResources.SingleAsync(r => r.Id == entry.Id, ct);
                var number = (await db.DatasetReleases.Where(r => r.DataResourceId == entry.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
                var release = new DatasetRelease(
                    entry.Id, number, live.CurrentVersion, temp.FinalName, [.. items.Select(i => i.Id)], written.Rows, written.Bytes, written.Sha256,
                    format.Value, encoding, user.UserId, user.UserName, uploadedAt);
                db.DatasetReleases.Add(release);
                live.RecordDataRelease(ChinaTime.Today(time));
                await db.SaveChangesAsync(ct);
                db.OpenCatalogChanged(openCatalog);
                return release;
            }, cancellationToken);
            return new DatasetUploadResult(release, [], encoding);
        }
        catch (DbUpdateException)
        {
            store.Remove(entry.Id, temp.FinalName);
            return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.Concurrent));
        }
        catch
        {
            store.Remove(entry.Id, temp.FinalName);
            throw;
        }
    }

    private static DatasetSourceFormat? FormatOf(Stream content, string? fileName)
    {
        Span<byte> magic = stackalloc byte[4];
        content.Position = 0;
        var read = content.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 4 && magic.SequenceEqual((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return DatasetSourceFormat.Xlsx;
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return extension is "" or ".csv" or ".txt" ? DatasetSourceFormat.Csv : null;
    }

    private sealed record Written(long Rows, long Bytes, string Sha256, IReadOnlyList<DatasetUploadError> Errors, bool HasBom = false);

    /// <returns>The temporary file (deleted on dispose unless committed) and what was written to it.</returns>
    private async Task<(DatasetTempFile Temp, Written Written)> WriteAsync(
        DatasetSourceFormat format, string encoding, int dataResourceId, IReadOnlyList<DataItem> items, Stream content,
        IProgress<DatasetUploadProgress>? progress, CancellationToken cancellationToken)
    {
        content.Position = 0;
        var temp = store.CreateTemp(dataResourceId);
        try
        {
            return (temp, await WriteAsync(format, encoding, items, temp, content, progress, cancellationToken));
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    private async Task<Written> WriteAsync(
        DatasetSourceFormat format, string encoding, IReadOnlyList<DataItem> items, DatasetTempFile temp, Stream content,
        IProgress<DatasetUploadProgress>? progress, CancellationToken cancellationToken)
    {
        var guarded = new DatasetGuardedStream(content, store.Options.MaxRowBytes);
        await using var sink = new DatasetSink(temp.Path, cancellationToken);
        var checker = new DatasetRowChecker(items, store.Options, sink);
        try
        {
            if (format == DatasetSourceFormat.Xlsx)
            {
                foreach (var row in DatasetXlsxSource.Read(content))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!checker.Row(row.Index, new SourceCells(row.Cells)))
                    {
                        break;
                    }

                    Report(checker, content, progress);
                }
            }
            else
            {
                DatasetCsvSource.Check(guarded, encoding, checker, progress is null ? null : () => Report(checker, content, progress), cancellationToken);
            }
        }
        catch (DatasetSourceException unreadable)
        {
            checker.Errors.Add(unreadable.Error);
        }

        if (checker.Errors.Count == 0 && !checker.HasHeader)
        {
            checker.Errors.Add(DatasetUploadError.Of(DatasetUploadErrors.NoHeader));
        }
        else if (checker.Errors.Count == 0 && checker.DataRows == 0)
        {
            checker.Errors.Add(DatasetUploadError.Of(DatasetUploadErrors.NoRows));
        }

        if (checker.Errors.Count > 0)
        {
            return new Written(checker.DataRows, 0, string.Empty, checker.Errors);
        }

        var sha256 = await sink.CompleteAsync();
        progress?.Report(new DatasetUploadProgress(checker.DataRows, content.Length, content.Length));
        return new Written(checker.DataRows, sink.Bytes, sha256, checker.Errors, guarded.HasBom);
    }

    private static void Report(DatasetRowChecker checker, Stream content, IProgress<DatasetUploadProgress>? progress)
    {
        if (progress is not null && checker.DataRows % ProgressEveryRows == 0)
        {
            progress.Report(new DatasetUploadProgress(checker.DataRows, content.Position, content.Length));
        }
    }
}
