using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// What a harvester filters the open catalog by (CKAN's <c>fq</c>, decision 0038): providing departments by code (any
/// of, none of), and a range of the entry's modification time — its metadata_modified: the upload time of its current
/// data release, else midnight of its last data update, else of its release date; an entry with none of them has no
/// modification time and is outside every range. Bounds are inclusive; <see cref="MatchesNothing"/> is a filter no
/// entry passes (e.g. a dataset type other than "dataset").
/// </summary>
public sealed record OpenCatalogFilter(
    IReadOnlyList<string>? Departments = null,
    IReadOnlyList<string>? ExcludedDepartments = null,
    DateTime? ModifiedFromUtc = null,
    DateTime? ModifiedToUtc = null,
    bool MatchesNothing = false);

/// <summary>How a search is ordered; entries with equal keys (or no key, always last) keep code order.</summary>
public enum OpenCatalogOrder
{
    Code,
    Id,
    Title,
    Modified,
    Created,
}

internal static class OpenCatalogFiltering
{
    public static IQueryable<DataResource> Apply(GovDataDbContext db, IQueryable<DataResource> query, OpenCatalogFilter filter)
    {
        if (filter.MatchesNothing)
        {
            return query.Where(r => false);
        }

        if (filter.Departments is { Count: > 0 } departments)
        {
            var codes = departments.Select(c => c.ToUpperInvariant()).ToList();
            query = query.Where(r => db.Departments.Any(d => d.Id == r.ProviderDepartmentId && codes.Contains(d.Code.ToUpper())));
        }

        if (filter.ExcludedDepartments is { Count: > 0 } excluded)
        {
            var codes = excluded.Select(c => c.ToUpperInvariant()).ToList();
            query = query.Where(r => !db.Departments.Any(d => d.Id == r.ProviderDepartmentId && codes.Contains(d.Code.ToUpper())));
        }

        if (filter.ModifiedFromUtc is { } from)
        {
            // A date counts as its midnight: on or after "from" when it is from's day and from is midnight, or later.
            var fromDate = DateOnly.FromDateTime(from).AddDays(from.TimeOfDay == TimeSpan.Zero ? 0 : 1);
            query = query.Where(r => db.DatasetReleases.Any(d => d.DataResourceId == r.Id)
                ? db.DatasetReleases.Where(d => d.DataResourceId == r.Id).OrderByDescending(d => d.Number).Select(d => d.UploadedAtUtc).First() >= from
                : r.LastDataUpdate != null ? r.LastDataUpdate >= fromDate : r.ReleaseDate != null && r.ReleaseDate >= fromDate);
        }

        if (filter.ModifiedToUtc is { } to)
        {
            var toDate = DateOnly.FromDateTime(to);
            query = query.Where(r => db.DatasetReleases.Any(d => d.DataResourceId == r.Id)
                ? db.DatasetReleases.Where(d => d.DataResourceId == r.Id).OrderByDescending(d => d.Number).Select(d => d.UploadedAtUtc).First() <= to
                : r.LastDataUpdate != null ? r.LastDataUpdate <= toDate : r.ReleaseDate != null && r.ReleaseDate <= toDate);
        }

        return query;
    }

    /// <summary>
    /// The ids of one page in metadata_modified or metadata_created order. These keys mix a time and two dates, which
    /// no provider compares in SQL alike, so the matching entries' keys (four small columns) are read and ordered here.
    /// </summary>
    public static async Task<List<int>> PageByTimeAsync(
        GovDataDbContext db, IQueryable<DataResource> query, OpenCatalogSearch search, CancellationToken cancellationToken)
    {
        var keys = await query
            .Select(r => new
            {
                r.Id,
                Code = r.Code.Value,
                Released = db.DatasetReleases.Where(d => d.DataResourceId == r.Id).OrderByDescending(d => d.Number).Select(d => (DateTime?)d.UploadedAtUtc).FirstOrDefault(),
                r.LastDataUpdate,
                r.ReleaseDate,
            })
            .ToListAsync(cancellationToken);
        var keyed = keys.Select(k =>
        {
            var modified = OpenCatalogTimes.Modified(k.Released, k.LastDataUpdate, k.ReleaseDate);
            return (k.Id, k.Code, Key: search.Order == OpenCatalogOrder.Created ? OpenCatalogTimes.Created(k.ReleaseDate) ?? modified : modified);
        });
        var withKey = keyed.Where(k => k.Key is not null);
        var ordered = (search.Descending ? withKey.OrderByDescending(k => k.Key) : withKey.OrderBy(k => k.Key)).ThenBy(k => k.Code, StringComparer.Ordinal)
            .Concat(keyed.Where(k => k.Key is null).OrderBy(k => k.Code, StringComparer.Ordinal));
        return ordered.Skip(search.Start).Take(search.Rows).Select(k => k.Id).ToList();
    }
}
