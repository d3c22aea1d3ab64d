using System.Security.Cryptography;
using System.Text;
using GovData.Domain.Identity;
using GovData.Domain.OpenData;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
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
public sealed class UploadDataset(IDbContextFactory<GovDataDbContext> contextFactory, UnitOfWork unitOfWork, DatasetStore store, TimeProvider time)
{
    private const int FlushChars = 1 << 16;
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

        string encoding;
        if (format == DatasetSourceFormat.Xlsx)
        {
            content.Position = 0;
            if (!PackageInflationCheck.IsWithin(content, options.MaxXlsxUncompressedBytes, 200, 10_000))
            {
                return DatasetUploadResult.Refused(DatasetUploadError.Of(DatasetUploadErrors.WorkbookTooLarge));
            }

            encoding = "xlsx";
        }
        else
        {
            content.Position = 0;
            var (scanned, error) = DatasetTextScan.Scan(content, options.MaxRowBytes, cancellationToken);
            if (error is not null)
            {
                return DatasetUploadResult.Refused(error);
            }

            encoding = scanned!;
        }

        content.Position = 0;
        var rows = format == DatasetSourceFormat.Xlsx ? DatasetXlsxSource.Read(content) : DatasetCsvSource.Read(content, encoding);
        var items = entry.ActiveItems.ToList();
        using var temp = store.CreateTemp(entry.Id);
        var written = await WriteAsync(rows, items, temp, content, progress, cancellationToken);
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

    private sealed record Written(long Rows, long Bytes, string Sha256, IReadOnlyList<DatasetUploadError> Errors);

    private async Task<Written> WriteAsync(
        IEnumerable<SourceRow> rows, IReadOnlyList<DataItem> items, DatasetTempFile temp, Stream content, IProgress<DatasetUploadProgress>? progress, CancellationToken cancellationToken)
    {
        var options = store.Options;
        var errors = new List<DatasetUploadError>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new FileStream(temp.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        var line = new StringBuilder(FlushChars + 4096);
        long bytes = 0;
        long dataRows = 0;
        int[]? map = null;
        string[]? header = null;
        var stored = new string?[items.Count];
        try
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (map is null)
                {
                    header = row.Cells;
                    map = MatchHeader(row.Cells, items, options, errors);
                    if (map is null)
                    {
                        return new Written(0, 0, string.Empty, errors);
                    }

                    DatasetCsv.AppendRow(line, [.. items.Select(i => FormulaNeutraliser.Neutralise(i.Name))]);
                    continue;
                }

                if (row.Cells.Length == 0 || row.Cells.All(c => c.Length == 0))
                {
                    continue;
                }

                dataRows++;
                if (row.Cells.Length != header!.Length)
                {
                    errors.Add(DatasetUploadError.At(row.Index, null, null, DatasetUploadErrors.ValueCount, header.Length, row.Cells.Length));
                }
                else
                {
                    for (var c = 0; c < row.Cells.Length; c++)
                    {
                        var item = items[map[c]];
                        var text = FormulaNeutraliser.Restore(row.Cells[c]);
                        if (text.Length > options.MaxCellCharacters)
                        {
                            errors.Add(DatasetUploadError.At(row.Index, header[c], text, DatasetUploadErrors.TooLong, options.MaxCellCharacters));
                            continue;
                        }

                        if (DatasetValues.Check(item.DataType, item.Length, text, out var value) is { } key)
                        {
                            errors.Add(DatasetUploadError.At(row.Index, header[c], text, key, item.Length ?? options.MaxCellCharacters));
                            continue;
                        }

                        stored[map[c]] = value.Length == 0 ? null : FormulaNeutraliser.Neutralise(value);
                    }
                }

                if (errors.Count >= options.MaxErrors)
                {
                    errors.Add(DatasetUploadError.Of(DatasetUploadErrors.TooManyErrors, options.MaxErrors));
                    return new Written(dataRows, 0, string.Empty, errors);
                }

                if (errors.Count == 0)
                {
                    DatasetCsv.AppendRow(line, stored);
                    if (line.Length >= FlushChars)
                    {
                        bytes += await FlushAsync(line, file, hash, cancellationToken);
                    }
                }

                if (dataRows % ProgressEveryRows == 0)
                {
                    progress?.Report(new DatasetUploadProgress(dataRows, content.Position, content.Length));
                }
            }
        }
        catch (DatasetSourceException unreadable)
        {
            errors.Add(unreadable.Error);
            return new Written(dataRows, 0, string.Empty, errors);
        }

        if (map is null)
        {
            errors.Add(DatasetUploadError.Of(DatasetUploadErrors.NoHeader));
        }
        else if (dataRows == 0)
        {
            errors.Add(DatasetUploadError.Of(DatasetUploadErrors.NoRows));
        }

        if (errors.Count > 0)
        {
            return new Written(dataRows, 0, string.Empty, errors);
        }

        bytes += await FlushAsync(line, file, hash, cancellationToken);
        await file.FlushAsync(cancellationToken);
        progress?.Report(new DatasetUploadProgress(dataRows, content.Length, content.Length));
        return new Written(dataRows, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()), errors);
    }

    /// <returns>For each file column, the index of its item; null (with the errors) when the columns do not match the items.</returns>
    private static int[]? MatchHeader(string[] header, IReadOnlyList<DataItem> items, DatasetOptions options, List<DatasetUploadError> errors)
    {
        if (header.Length > options.MaxColumns)
        {
            errors.Add(DatasetUploadError.Of(DatasetUploadErrors.TooManyColumns, options.MaxColumns));
            return null;
        }

        var map = new int[header.Length];
        var seen = new HashSet<int>();
        for (var c = 0; c < header.Length; c++)
        {
            var name = FormulaNeutraliser.Restore(header[c]).Trim();
            var index = FindItem(items, name);
            if (index < 0)
            {
                errors.Add(DatasetUploadError.At(0, name, name, DatasetUploadErrors.ColumnUnknown));
            }
            else if (!seen.Add(index))
            {
                errors.Add(DatasetUploadError.At(0, name, name, DatasetUploadErrors.ColumnDuplicate, items[index].Name));
            }

            map[c] = index;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Contains(i))
            {
                errors.Add(DatasetUploadError.At(0, items[i].Name, null, DatasetUploadErrors.ColumnMissing, items[i].Name));
            }
        }

        return errors.Count == 0 ? map : null;
    }

    private static int FindItem(IReadOnlyList<DataItem> items, string name)
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

    private static async Task<int> FlushAsync(StringBuilder line, FileStream file, IncrementalHash hash, CancellationToken cancellationToken)
    {
        if (line.Length == 0)
        {
            return 0;
        }

        var bytes = DatasetCsv.Utf8NoBom.GetBytes(line.ToString());
        line.Clear();
        hash.AppendData(bytes);
        await file.WriteAsync(bytes, cancellationToken);
        return bytes.Length;
    }
}
