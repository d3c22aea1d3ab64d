using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;

public sealed record DcatPage(IReadOnlyList<OpenEntrySummary> Entries, int TotalItems, int? NextAfter);

/// <summary>
/// The machine-readable catalog, page by page in id order with a keyset cursor (<c>after</c> = the last id of the
/// previous page): every page costs the same however deep the harvester is, unlike an offset.
/// </summary>
public sealed class ListDcatDatasets(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public async Task<DcatPage> ExecuteAsync(int after, int pageSize, bool countTotal = true, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var total = countTotal ? await OpenCatalogQuery.Published(db).CountAsync(cancellationToken) : -1;
        var page = OpenCatalogQuery.PublishedByKey(db).AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id).Take(pageSize + 1);
        var entries = await OpenCatalogQuery.Summaries(db, page).ToListAsync(cancellationToken);
        var more = entries.Count > pageSize;
        if (more)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        return new DcatPage(entries, total, more ? entries[^1].Id : null);
    }
}
