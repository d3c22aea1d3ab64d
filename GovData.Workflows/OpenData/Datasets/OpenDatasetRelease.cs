using GovData.Domain.OpenData;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Datasets;

public enum DatasetOpenStatus
{
    /// <summary>The current release, verified, is open for reading (<see cref="DatasetOpenResult.Rows"/>).</summary>
    Opened = 0,

    /// <summary>The entry has no release (or does not exist).</summary>
    NoRelease = 1,

    /// <summary>None of the asked items is a column of the current release.</summary>
    NoItems = 2,

    /// <summary>The stored file is missing or fails its SHA-256: it is not served (decision 0021).</summary>
    Corrupt = 3,
}

public sealed record DatasetOpenResult(DatasetOpenStatus Status, DatasetRows? Rows = null);

/// <summary>
/// Opens the current release of an entry for reading, restricted to the given data items (in the release's column
/// order; ids that are not columns of it are left out). The whole file is checked against its SHA-256 first, so a
/// caller that writes the rows out has nothing to refuse after its first byte. It does not decide who may read which
/// items: the portal passes the open items, a grant's delivery the granted ones.
/// </summary>
public sealed class OpenDatasetRelease(IDbContextFactory<GovDataDbContext> contextFactory, DatasetStore store)
{
    /// <param name="itemIds">The data items wanted; null for every column of the release.</param>
    public async Task<DatasetOpenResult> CurrentAsync(int dataResourceId, IReadOnlyCollection<int>? itemIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var release = await db.DatasetReleases.AsNoTracking()
            .Where(r => r.DataResourceId == dataResourceId)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (release is null)
        {
            return new DatasetOpenResult(DatasetOpenStatus.NoRelease);
        }

        var entry = await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == dataResourceId, cancellationToken);
        var stored = release.ItemIds;
        var wanted = itemIds is null ? null : new HashSet<int>(itemIds);
        var items = entry.Items.ToDictionary(i => i.Id);
        var columns = new List<DatasetColumn>();
        var indexes = new List<int>();
        for (var i = 0; i < stored.Count; i++)
        {
            if ((wanted is null || wanted.Contains(stored[i])) && items.TryGetValue(stored[i], out var item))
            {
                columns.Add(new DatasetColumn(item.Id, item.Name, item.EnglishName, item.DataType));
                indexes.Add(i);
            }
        }

        if (columns.Count == 0)
        {
            return new DatasetOpenResult(DatasetOpenStatus.NoItems);
        }

        var file = await store.OpenVerifiedAsync(release, cancellationToken);
        return file is null
            ? new DatasetOpenResult(DatasetOpenStatus.Corrupt)
            : new DatasetOpenResult(DatasetOpenStatus.Opened, new DatasetRows(release, entry.Code.Value, entry.Name, columns, [.. indexes], file));
    }

    /// <summary>The current release of an entry (its metadata only), or null.</summary>
    public async Task<DatasetRelease?> CurrentReleaseAsync(int dataResourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DatasetReleases.AsNoTracking()
            .Where(r => r.DataResourceId == dataResourceId)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
