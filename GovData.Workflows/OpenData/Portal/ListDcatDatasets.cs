using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;


/// <summary>
/// The machine-readable catalog, page by page in id order with a keyset cursor (<c>after</c> = the last id of the
/// previous page): every page costs the same however deep the harvester is, unlike an offset.
/// </summary>
public sealed class ListDcatDatasets(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int DefaultPageSize = 100;

    /// <summary>The comment EF puts before a page's SQL (diagnostics; tests recognise the page's query by it).</summary>
    public const string QueryTag = "dcat-page";
    // 5,000 a page: a harvest of 100,000 entries is 21 requests instead of 101 (each costs a round trip, a context and
    // the query's start); a page is streamed, never held whole, so the size does not cost server memory (decision 0036).
    public const int MaxPageSize = 5000;

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

            // Publishers are read once for the page, not joined to each of its rows (decision 0037).
            var publishers = await db.Departments.AsNoTracking()
                .Select(d => new { d.Id, d.Code, d.Name })
                .ToDictionaryAsync(d => d.Id, d => new DcatPublisher(d.Code, d.Name), cancellationToken);
            var page = OpenCatalogQuery.PublishedByKey(db).AsNoTracking()
                .Where(r => r.Id > after)
                .OrderBy(r => r.Id)
                .Take(pageSize + 1)
                .Select(r => new DcatDataset(
                    r.Id,
                    r.Code.Value,
                    r.Name,
                    r.Summary,
                    r.ProviderDepartmentId,
                    r.OpenType,
                    r.Theme,
                    r.PriorityDomain,
                    r.CatalogClass,
                    r.UpdateCycle,
                    r.LastDataUpdate,
                    r.ReleaseDate,
                    r.OpenType == OpenType.Unconditional ? null : r.LegalBasis,
                    db.DatasetReleases.Any(d => d.DataResourceId == r.Id)))
                .TagWith(QueryTag);
            return new DcatPageReader(db, page, pageSize, total, publishers, contextFactory);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}

/// <summary>
/// One DCAT page read once, in id order; <see cref="NextAfter"/> is known when <see cref="ReadAsync"/> has ended. The
/// rows are read ahead on another thread in small batches (decision 0036): the database read of a page and the writing
/// of what was already read overlap, instead of taking turns on the request's thread. A database failure reaches the
/// reader of <see cref="ReadAsync"/> as the exception it was.
/// </summary>
public sealed class DcatPageReader : IAsyncDisposable
{
    // Rows handed over at once: enough that the hand-over costs nothing per row, few enough that the first ones go
    // out at once. At most Ahead batches wait, so a slow client holds back the read (a page is never held whole).
    private const int Batch = 64;
    private const int Ahead = 4;

    private readonly GovDataDbContext _db;
    private readonly IQueryable<DcatDataset> _query;
    private readonly Dictionary<int, DcatPublisher> _publishers;
    private readonly IDbContextFactory<GovDataDbContext> _contextFactory;
    private readonly int _pageSize;
    private readonly CancellationTokenSource _stop = new();
    private Task? _producer;

    internal DcatPageReader(GovDataDbContext db, IQueryable<DcatDataset> query, int pageSize, int totalItems, Dictionary<int, DcatPublisher> publishers, IDbContextFactory<GovDataDbContext> contextFactory)
    {
        _db = db;
        _query = query;
        _publishers = publishers;
        _contextFactory = contextFactory;
        _pageSize = pageSize;
        TotalItems = totalItems;
    }

    /// <summary>Published entries in the whole catalog, or -1 when not counted.</summary>
    public int TotalItems { get; }

    /// <summary>The cursor of the next page, or null on the last one.</summary>
    public int? NextAfter { get; private set; }

    /// <summary>
    /// The publisher of a dataset of this page. The departments were read when the page was opened; one created since
    /// (its entry published in the same moment) is read on its own, with a context of its own (the page's is reading).
    /// </summary>
    public ValueTask<DcatPublisher> ProviderAsync(int departmentId, CancellationToken cancellationToken = default)
    {
        return _publishers.TryGetValue(departmentId, out var publisher) ? ValueTask.FromResult(publisher) : ReadAsync(departmentId, cancellationToken);

        async ValueTask<DcatPublisher> ReadAsync(int id, CancellationToken cancellationToken)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            var publisher = await db.Departments.AsNoTracking().Where(d => d.Id == id).Select(d => new DcatPublisher(d.Code, d.Name)).SingleAsync(cancellationToken);
            _publishers[id] = publisher;
            return publisher;
        }
    }

    /// <summary>The page's entries; the query asks one more than the page, which only tells that a next page exists.</summary>
    public async IAsyncEnumerable<DcatDataset> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_producer is not null)
        {
            throw new InvalidOperationException("A DCAT page is read once.");
        }

        var batches = Channel.CreateBounded<DcatDataset[]>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        _producer = Task.Run(() => ProduceAsync(batches.Writer, _stop.Token), CancellationToken.None);
        var count = 0;
        var last = 0;
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            foreach (var entry in batch)
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
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_producer is not null)
        {
            // The context is the producer's until it has stopped; its failure was already handed to the reader.
            await _producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        _stop.Dispose();
        await _db.DisposeAsync();
    }

    private async Task ProduceAsync(ChannelWriter<DcatDataset[]> output, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<DcatDataset>(Batch);
            await foreach (var entry in _query.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                batch.Add(entry);
                if (batch.Count == Batch)
                {
                    await output.WriteAsync([.. batch], cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await output.WriteAsync([.. batch], cancellationToken);
            }

            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
        }
    }
}
