namespace GovData.Domain.OpenData;

/// <summary>
/// One upload of the data behind a published catalog entry (issue #11 §1). Releases are kept; the one with the highest
/// <see cref="Number"/> of an entry is current. The stored file is the release's canonical CSV (UTF-8, one column per
/// data item in <see cref="ItemIds"/> order); <see cref="Sha256"/> is checked every time it is read.
/// </summary>
public sealed class DatasetRelease
{
    public const int Sha256HexLength = 64;

    private DatasetRelease()
    {
    }

    public DatasetRelease(
        int dataResourceId,
        int number,
        int catalogVersion,
        string storedFileName,
        IReadOnlyList<int> itemIds,
        long rowCount,
        long byteCount,
        string sha256,
        DatasetSourceFormat sourceFormat,
        string sourceEncoding,
        string uploadedByUserId,
        string uploadedByName,
        DateTime uploadedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentException.ThrowIfNullOrWhiteSpace(storedFileName);
        ArgumentNullException.ThrowIfNull(itemIds);
        if (sha256.Length != Sha256HexLength)
        {
            throw new ArgumentException("A SHA-256 is 64 hex digits.", nameof(sha256));
        }

        DataResourceId = dataResourceId;
        Number = number;
        CatalogVersion = catalogVersion;
        StoredFileName = storedFileName;
        ItemIdList = string.Join(',', itemIds);
        RowCount = rowCount;
        ByteCount = byteCount;
        Sha256 = sha256.ToLowerInvariant();
        SourceFormat = sourceFormat;
        SourceEncoding = sourceEncoding;
        UploadedByUserId = uploadedByUserId;
        UploadedByName = uploadedByName;
        UploadedAtUtc = DateTime.SpecifyKind(uploadedAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }

    public int DataResourceId { get; private set; }

    /// <summary>1, 2, … per entry; (entry, number) is unique, so two uploads finishing at once cannot both become release n.</summary>
    public int Number { get; private set; }

    /// <summary>The catalog version the columns were matched against.</summary>
    public int CatalogVersion { get; private set; }

    /// <summary>The file's name inside the entry's folder of the dataset store.</summary>
    public string StoredFileName { get; private set; } = string.Empty;

    /// <summary>The data items of the stored columns, comma-separated, in column order.</summary>
    public string ItemIdList { get; private set; } = string.Empty;

    public IReadOnlyList<int> ItemIds =>
        [.. ItemIdList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];

    public long RowCount { get; private set; }

    public long ByteCount { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored file.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public DatasetSourceFormat SourceFormat { get; private set; }

    /// <summary>The encoding the upload was read in (utf-8, utf-8-bom, gb18030; xlsx for workbooks).</summary>
    public string SourceEncoding { get; private set; } = string.Empty;

    public string UploadedByUserId { get; private set; } = string.Empty;

    public string UploadedByName { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }
}

public enum DatasetSourceFormat
{
    Csv = 1,
    Xlsx = 2,
}
