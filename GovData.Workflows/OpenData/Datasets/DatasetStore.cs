using System.Collections.Concurrent;
using System.Security.Cryptography;
using GovData.Domain.OpenData;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// The folder of stored releases: <c>{root}/{entryId}/{file}</c>. A release is written to a temporary file in the same
/// folder and moved into place atomically once complete, so a reader never sees half a file; a stored file is opened
/// only after its SHA-256 matches the release (never served otherwise).
/// </summary>
public sealed class DatasetStore
{
    private const string TempSuffix = ".part";

    private readonly ConcurrentDictionary<string, VerifiedFile> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public DatasetStore(DatasetOptions options, string rootPath, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        Options = options;
        RootPath = Path.GetFullPath(rootPath);
        _time = time ?? TimeProvider.System;
    }

    public DatasetOptions Options { get; }

    public string RootPath { get; }

    /// <summary>A new temporary file (in the store, so the final move is a rename on the same volume) to write a release into.</summary>
    public DatasetTempFile CreateTemp(int dataResourceId)
    {
        var folder = FolderOf(dataResourceId);
        Directory.CreateDirectory(folder);
        var name = $"{Guid.NewGuid():N}.csv";
        return new DatasetTempFile(Path.Combine(folder, name + TempSuffix), name);
    }

    /// <summary>Moves a complete temporary file to its final name (atomic on one volume; never overwrites).</summary>
    public void Commit(DatasetTempFile temp, int dataResourceId)
    {
        ArgumentNullException.ThrowIfNull(temp);
        File.Move(temp.Path, PathOf(dataResourceId, temp.FinalName), overwrite: false);
        temp.Committed = true;
    }

    /// <summary>Removes a committed file again (its database row could not be saved).</summary>
    public void Remove(int dataResourceId, string fileName)
    {
        var path = PathOf(dataResourceId, fileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public string PathOf(int dataResourceId, string fileName)
    {
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName.StartsWith('.'))
        {
            throw new ArgumentException("A stored file name is a plain name.", nameof(fileName));
        }

        return Path.Combine(FolderOf(dataResourceId), fileName);
    }

    /// <summary>
    /// Opens the release's file after checking it whole against its SHA-256 (and length); null when it is missing or
    /// does not match — such a file is never read further. A file hashed whole less than
    /// <see cref="DatasetOptions.VerifiedForSeconds"/> ago whose length and last write time are unchanged is not hashed
    /// again (a busy dataset would otherwise be read twice per download; decision 0028).
    /// </summary>
    public async Task<FileStream?> OpenVerifiedAsync(DatasetRelease release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var path = PathOf(release.DataResourceId, release.StoredFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            if (stream.Length != release.ByteCount)
            {
                await stream.DisposeAsync();
                return null;
            }

            var written = File.GetLastWriteTimeUtc(path);
            var now = _time.GetUtcNow();
            if (_verified.TryGetValue(path, out var known) && known.Length == stream.Length && known.LastWriteUtc == written
                && string.Equals(known.Sha256, release.Sha256, StringComparison.Ordinal) && now - known.CheckedAt < TimeSpan.FromSeconds(Options.VerifiedForSeconds))
            {
                return stream;
            }

            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(hash, release.Sha256, StringComparison.Ordinal))
            {
                _verified.TryRemove(path, out _);
                await stream.DisposeAsync();
                return null;
            }

            _verified[path] = new VerifiedFile(stream.Length, written, hash, now);
            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    private sealed record VerifiedFile(long Length, DateTime LastWriteUtc, string Sha256, DateTimeOffset CheckedAt);

    private string FolderOf(int dataResourceId) =>
        Path.Combine(RootPath, dataResourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A release being written; deleted on dispose unless it was committed.</summary>
public sealed class DatasetTempFile(string path, string finalName) : IDisposable
{
    public string Path { get; } = path;

    public string FinalName { get; } = finalName;

    public bool Committed { get; internal set; }

    public void Dispose()
    {
        if (!Committed && File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
