using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// What the public searches for; <see cref="Start"/> counts rows from 0 (CKAN's start). <see cref="Filter"/>,
/// <see cref="Order"/> and <see cref="Descending"/> are what CKAN's package_search adds (fq and sort).
/// </summary>
public sealed record OpenCatalogSearch(
    string? Text = null,
    Theme? Theme = null,
    int? DepartmentId = null,
    PriorityDomain? PriorityDomain = null,
    OpenType? OpenType = null,
    bool PriorityFirst = false,
    int Start = 0,
    int Rows = OpenCatalogSearch.DefaultRows,
    OpenCatalogFilter? Filter = null,
    OpenCatalogOrder Order = OpenCatalogOrder.Code,
    bool Descending = false)
{
    public const int DefaultRows = 20;
    public const int MaxRows = 1000;

    /// <summary>CKAN's own limit on start is none; ours keeps the offset scan bounded.</summary>
    public const int MaxStart = 1_000_000;

    public bool IsValid => Start is >= 0 and <= MaxStart && Rows is >= 0 and <= MaxRows;
}

public sealed record OpenCatalogPage(IReadOnlyList<OpenEntrySummary> Entries, int Count);

/// <summary>
/// The open catalog search of the portal and of CKAN's package_search: published entries only, in code order (or the
/// priority domains of Art. 28 first), with the total count.
/// </summary>
public sealed class SearchOpenCatalog(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<OpenCatalogPage> ExecuteAsync(OpenCatalogSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!search.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(search), "Start or rows out of range.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = OpenCatalogQuery.Matching(OpenCatalogQuery.Published(db).AsNoTracking(), search.Text);
        if (search.Theme is { } theme)
        {
            query = query.Where(r => r.Theme == theme);
        }

        if (search.DepartmentId is { } department)
        {
            query = query.Where(r => r.ProviderDepartmentId == department);
        }

        if (search.PriorityDomain is { } domain)
        {
            query = query.Where(r => r.PriorityDomain == domain);
        }

        if (search.OpenType is { } openType)
        {
            query = query.Where(r => r.OpenType == openType);
        }

        if (search.Filter is { } filter)
        {
            query = OpenCatalogFiltering.Apply(db, query, filter);
        }

        var count = await query.CountAsync(cancellationToken);
        if (count == 0 || search.Rows == 0 || search.Start >= count)
        {
            return new OpenCatalogPage([], count);
        }

        if (search.Order is OpenCatalogOrder.Modified or OpenCatalogOrder.Created)
        {
            var ids = await OpenCatalogFiltering.PageByTimeAsync(db, query, search, cancellationToken);
            var found = await OpenCatalogQuery.Summaries(db, OpenCatalogQuery.Published(db).AsNoTracking().Where(r => ids.Contains(r.Id))).ToListAsync(cancellationToken);
            var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
            return new OpenCatalogPage(found.OrderBy(e => position[e.Id]).ToList(), count);
        }

        var ordered = (search.PriorityFirst, search.Order, search.Descending) switch
        {
            (true, _, _) => query.OrderBy(r => r.PriorityDomain == null).ThenBy(r => r.Code),
            (_, OpenCatalogOrder.Id, false) => query.OrderBy(r => r.Id),
            (_, OpenCatalogOrder.Id, true) => query.OrderByDescending(r => r.Id),
            (_, OpenCatalogOrder.Title, false) => query.OrderBy(r => r.Name).ThenBy(r => r.Code),
            (_, OpenCatalogOrder.Title, true) => query.OrderByDescending(r => r.Name).ThenBy(r => r.Code),
            (_, _, true) => query.OrderByDescending(r => r.Code),
            _ => query.OrderBy(r => r.Code),
        };
        var entries = await OpenCatalogQuery.Summaries(db, ordered.Skip(search.Start).Take(search.Rows)).ToListAsync(cancellationToken);
        return new OpenCatalogPage(entries, count);
    }

    /// <summary>
    /// A published entry by its number, its code, or its CKAN name (the code in lower case with '.' and '/' as '-',
    /// e.g. 3-04-001-jt-0001); null for anything else, unpublished entries included.
    /// </summary>
    public async Task<OpenEntrySummary?> FindAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = OpenCatalogQuery.Published(db).AsNoTracking();
        if (int.TryParse(idOrName, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return await OpenCatalogQuery.Summaries(db, published.Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken);
        }

        if (CodeOf(idOrName) is not { } code)
        {
            return null;
        }

        return await OpenCatalogQuery.Summaries(db, published.Where(r => r.Code == code)).SingleOrDefaultAsync(cancellationToken);
    }

    private static ResourceCode? CodeOf(string text)
    {
        if (ResourceCode.TryParse(text.Trim().ToUpperInvariant(), out var direct, out _))
        {
            return direct;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 5 or > 6)
        {
            return null;
        }

        var candidate = string.Join('.', parts[..^2]) + "/" + parts[^2].ToUpperInvariant() + "-" + parts[^1];
        return ResourceCode.TryParse(candidate, out var code, out _) ? code : null;
    }
}
