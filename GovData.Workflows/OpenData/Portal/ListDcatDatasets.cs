using System.Runtime.CompilerServices;
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

    /// <summary>The page as a list (its entries read whole before it is returned).</summary>
    public async Task<DcatPage> ExecuteAsync(int after, int pageSize, bool countTotal = true, CancellationToken cancellationToken = default)
    {
        await using var reader = await OpenAsync(after, pageSize, countTotal, cancellationToken);
        var entries = new List<OpenEntrySummary>(pageSize);
        await foreach (var entry in reader.ReadAsync(cancellationToken))
        {
            entries.Add(entry);
        }

        return new DcatPage(entries, reader.TotalItems, reader.NextAfter);
    }

    /// <summary>
    /// The page as it is read from the database (decision 0036: a harvest page is written while its rows are read, so
    /// the transfer overlaps the query). The reader owns its context until disposed.
    /// </summary>
    public async Task<DcatPageReader> OpenAsync(int after, int pageSize, bool countTotal, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            var total = countTotal ? await OpenCatalogQuery.Published(db).CountAsync(cancellationToken) : -1;
            var page = OpenCatalogQuery.PublishedByKey(db).AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id).Take(pageSize + 1);
            return new DcatPageReader(db, OpenCatalogQuery.Summaries(db, page), pageSize, total);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}

/// <summary>One DCAT page read once, in id order; <see cref="NextAfter"/> is known when <see cref="ReadAsync"/> has ended.</summary>
public sealed class DcatPageReader : IAsyncDisposable
{
    private readonly GovDataDbContext _db;
    private readonly IQueryable<OpenEntrySummary> _query;
    private readonly int _pageSize;

    internal DcatPageReader(GovDataDbContext db, IQueryable<OpenEntrySummary> query, int pageSize, int totalItems)
    {
        _db = db;
        _query = query;
        _pageSize = pageSize;
        TotalItems = totalItems;
    }

    /// <summary>Published entries in the whole catalog, or -1 when not counted.</summary>
    public int TotalItems { get; }

    /// <summary>The cursor of the next page, or null on the last one.</summary>
    public int? NextAfter { get; private set; }

    /// <summary>The page's entries; the query asks one more than the page, which only tells that a next page exists.</summary>
    public async IAsyncEnumerable<OpenEntrySummary> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var count = 0;
        var last = 0;
        await foreach (var entry in _query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (count == _pageSize)
            {
                NextAfter = last;
                yield break;
            }

            count++;
            last = entry.Id;
            yield return entry;
        }
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
