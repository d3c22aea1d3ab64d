using System.Linq.Expressions;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>Which catalog is listed; <see cref="ListDataResources"/> still applies the user's visibility on top of it.</summary>
public enum CatalogScope
{
    /// <summary>Everything the user may see: the bureau the whole city catalog, staff their own entries and the others' published ones.</summary>
    Full = 0,

    /// <summary>The user's own department's entries in every status (its staff only; nothing for others).</summary>
    Department = 1,

    /// <summary>
    /// The published sharing catalog (staff only): every published entry with its share type; NotShared entries stay listed
    /// because their legal basis is part of the catalog (Art. 18, 20) — filter by share type to leave them out.
    /// </summary>
    Sharing = 2,

    /// <summary>
    /// The published open catalog: every published entry with its open type; NotOpen entries stay listed because the basis
    /// for not opening them must be public (Art. 27) — filter by open type to leave them out.
    /// </summary>
    Open = 3,
}

/// <summary>Filters and page of the catalog list. <see cref="Page"/> counts from 0.</summary>
public sealed record DataResourceFilter(
    string? Text = null,
    ShareType? ShareType = null,
    OpenType? OpenType = null,
    CatalogStatus? Status = null,
    int Page = 0,
    int PageSize = DataResourceFilter.DefaultPageSize,
    CatalogScope Scope = CatalogScope.Full,
    int? DepartmentId = null,
    CatalogClass? CatalogClass = null,
    Theme? Theme = null,
    UpdateCycle? UpdateCycle = null,
    bool? Stale = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>A name search counts its matches up to this many (a LIKE '%…%' cannot use an index; decision 0014).</summary>
    public const int TextCountCap = 1000;

    /// <summary>No narrowing filter set (scope and paging aside).</summary>
    public bool IsUnfiltered => this is
    {
        Text: null or "", ShareType: null, OpenType: null, Status: null, DepartmentId: null, CatalogClass: null, Theme: null,
        UpdateCycle: null, Stale: null,
    };
}

/// <summary>
/// One catalog entry as a list row. <see cref="ShareType"/> is null for the public (not part of the open catalog);
/// <see cref="HasOpenDraft"/> is false for those who may not see drafts.
/// </summary>
public sealed record DataResourceRow(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    ShareType? ShareType,
    OpenType OpenType,
    CatalogStatus Status,
    string? LegalBasis,
    CatalogClass CatalogClass,
    UpdateCycle UpdateCycle,
    DateOnly? LastDataUpdate,
    bool IsStale,
    int CurrentVersion,
    bool HasOpenDraft);

/// <summary>A page and the number of matches; <see cref="CountCapped"/>: there are more than <see cref="TotalCount"/> (text searches count up to a cap).</summary>
public sealed record DataResourcePage(IReadOnlyList<DataResourceRow> Rows, int TotalCount, bool CountCapped = false);

public sealed record CatalogDepartment(int Id, string Name);

/// <summary>
/// The catalog as the acting user may see it, in the asked <see cref="CatalogScope"/> (scoped here, not only in the UI),
/// filtered and paged. Staleness uses the very predicate of <see cref="ListStaleResources"/>.
/// </summary>
public sealed class ListDataResources(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<DataResourcePage> ExecuteAsync(UserContext user, DataResourceFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, DataResourceFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        if (page > int.MaxValue / pageSize)
        {
            // Past any possible row (and page * pageSize would overflow into a small number).
            return new DataResourcePage([], 0);
        }

        var staff = CatalogVisibility.IsStaff(user);
        var today = ChinaTime.Today(time);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = ScopedQuery(db, user, filter.Scope);
        if (query is null)
        {
            return new DataResourcePage([], 0);
        }

        query = Filter(db, query, filter, staff, today);
        var capped = !string.IsNullOrWhiteSpace(filter.Text);
        var total = capped
            ? await query.Take(DataResourceFilter.TextCountCap + 1).CountAsync(cancellationToken)
            : await query.CountAsync(cancellationToken);
        if (total == 0)
        {
            return new DataResourcePage([], 0);
        }

        var countCapped = total > DataResourceFilter.TextCountCap && capped;
        total = countCapped ? DataResourceFilter.TextCountCap : total;

        // Drafts (and so the draft-in-progress flag) only for the providing department and the bureau.
        var draftsOf = user.SeesAllDepartments ? -1 : staff && user.DepartmentId is { } own ? own : 0;
        var supervised = user.IsDistrictBureauOfficer ? user.SupervisedDepartmentIds!.ToList() : [];
        var rows = await query
            .OrderBy(r => r.Code)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(r => new
            {
                r.Id,
                Code = r.Code.Value,
                r.Name,
                r.ProviderDepartmentId,
                ProviderName = db.Departments.Where(d => d.Id == r.ProviderDepartmentId).Select(d => d.Name).First(),
                r.ShareType,
                r.OpenType,
                r.Status,
                r.LegalBasis,
                r.CatalogClass,
                r.UpdateCycle,
                r.LastDataUpdate,
                r.CurrentVersion,
                HasOpenDraft = (draftsOf == -1 || r.ProviderDepartmentId == draftsOf || supervised.Contains(r.ProviderDepartmentId))
                    && db.CatalogDrafts.Any(d => d.OpenForResourceId == r.Id),
            })
            .ToListAsync(cancellationToken);
        return new DataResourcePage(
            [.. rows.Select(r => new DataResourceRow(
                r.Id, r.Code, r.Name, r.ProviderDepartmentId, r.ProviderName, staff ? r.ShareType : null, r.OpenType, r.Status, r.LegalBasis,
                r.CatalogClass, r.UpdateCycle, r.LastDataUpdate,
                r.Status == CatalogStatus.Published && CatalogStaleness.IsStale(r.UpdateCycle, r.LastDataUpdate, today),
                r.CurrentVersion, r.HasOpenDraft))],
            total,
            countCapped);
    }

    /// <summary>The providing departments a filter can offer (names are public: they are on every published entry).</summary>
    public async Task<IReadOnlyList<CatalogDepartment>> DepartmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var providers = db.DataResources.Select(r => r.ProviderDepartmentId).Distinct();
        return await db.Departments.AsNoTracking()
            .Where(d => providers.Contains(d.Id))
            .OrderBy(d => d.Code)
            .Select(d => new CatalogDepartment(d.Id, d.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The scope's base set within what <paramref name="user"/> may see; null when the scope is not theirs at all.</summary>
    private static IQueryable<DataResource>? ScopedQuery(GovDataDbContext db, UserContext user, CatalogScope scope)
    {
        var staff = CatalogVisibility.IsStaff(user);
        var all = db.DataResources.AsNoTracking();
        var visible = all.Where(CatalogVisibility.VisibleTo(user));

        // Published entries are visible to everyone (CatalogVisibility), so the published catalogs skip its OR, which
        // would keep SQLite from using the status indexes.
        return scope switch
        {
            CatalogScope.Department when staff && user.DepartmentId is { } own => visible.Where(r => r.ProviderDepartmentId == own),
            CatalogScope.Department => null,
            CatalogScope.Sharing when staff => all.Where(r => r.Status == CatalogStatus.Published),
            CatalogScope.Sharing => null,
            CatalogScope.Open => all.Where(r => r.Status == CatalogStatus.Published),
            _ => visible,
        };
    }

    private static IQueryable<DataResource> Filter(GovDataDbContext db, IQueryable<DataResource> query, DataResourceFilter filter, bool staff, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();

            // Codes are ASCII (class code, provider code, sequence) and contain the provider's code, names are Chinese:
            // ASCII text searches the code only (a scan of the narrow code index), other text the name and the
            // provider's name (decision 0014).
            if (text.All(char.IsAscii))
            {
                // Codes are upper case; Contains becomes instr(), which is case-sensitive.
                var code = text.ToUpperInvariant();
                query = query.Where(r => ((string)(object)r.Code).Contains(code));
            }
            else
            {
                var providers = db.Departments.Where(d => d.Name.Contains(text)).Select(d => d.Id);
                query = query.Where(r => r.Name.Contains(text) || providers.Contains(r.ProviderDepartmentId));
            }
        }

        if (filter.DepartmentId is { } departmentId)
        {
            query = query.Where(r => r.ProviderDepartmentId == departmentId);
        }

        if (filter.CatalogClass is { } catalogClass)
        {
            query = query.Where(r => r.CatalogClass == catalogClass);
        }

        if (filter.Theme is { } theme)
        {
            query = query.Where(r => r.Theme == theme);
        }

        // The sharing class is not published to the public, so the public cannot filter by it either.
        if (filter.ShareType is { } shareType && staff)
        {
            query = query.Where(r => r.ShareType == shareType);
        }

        if (filter.OpenType is { } openType)
        {
            query = query.Where(r => r.OpenType == openType);
        }

        if (filter.UpdateCycle is { } cycle)
        {
            query = query.Where(r => r.UpdateCycle == cycle);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Stale is { } wantStale)
        {
            var stale = ListStaleResources.IsStale(today);
            query = query.Where(wantStale ? stale : Not(stale));
        }

        return query;
    }

    private static Expression<Func<DataResource, bool>> Not(Expression<Func<DataResource, bool>> predicate) =>
        Expression.Lambda<Func<DataResource, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
