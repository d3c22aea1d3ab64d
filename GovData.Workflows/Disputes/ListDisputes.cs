using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>Filters of the dispute lists; <see cref="Page"/> is zero-based. <see cref="Decided"/>: the finished ones
/// (decided, declined, complied, cancelled) instead of the open ones.</summary>
public sealed record DisputeFilter(bool Decided = false, int? DepartmentId = null, string? State = null, int Page = 0, int PageSize = DisputeFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

public sealed record DisputeRow(
    int Id,
    long InstanceId,
    DisputeGround Ground,
    string ResourceName,
    string RequesterName,
    string ProviderName,
    string State,
    DateTime FiledAtUtc,
    DateOnly? DueOn,
    int? RemainingWorkingDays,
    DisputeSide? MySide);

public sealed record DisputePage(IReadOnlyList<DisputeRow> Rows, int TotalCount);

/// <summary>
/// The disputes a user may see, paged in the database: the bureau's list (every dispute of the departments it supervises,
/// filterable by department — either party — and state) and a department's own (where it is a party). Open ones are
/// ordered by the nearest due date, finished ones newest first; remaining working days come from the calendar.
/// </summary>
public sealed class ListDisputes(IDbContextFactory<GovDataDbContext> contexts, WorkingDayCalendarProvider calendars, TimeProvider time)
{
    public async Task<DisputePage> ExecuteAsync(UserContext user, DisputeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        if (!user.IsAuthenticated)
        {
            return new DisputePage([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query =
            from d in DisputeAccess.Visible(db, user)
            join i in db.WorkflowInstances on d.WorkflowInstanceId equals i.Id
            where filter.Decided ? i.ClosedAtUtc != null : i.ClosedAtUtc == null
            select new { d, i };
        if (filter.DepartmentId is { } department)
        {
            query = query.Where(x => x.d.ProviderDepartmentId == department || x.d.RequesterDepartmentId == department);
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(x => x.i.State == filter.State);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.Decided
            ? query.OrderByDescending(x => x.i.ClosedAtUtc).ThenByDescending(x => x.d.Id)
            : query.OrderBy(x => x.i.DueOn == null).ThenBy(x => x.i.DueOn).ThenBy(x => x.d.Id);
        var pageSize = Math.Clamp(filter.PageSize, 1, DisputeFilter.MaxPageSize);
        var rows = await ordered
            .Skip(Math.Max(0, filter.Page) * pageSize)
            .Take(pageSize)
            .Select(x => new
            {
                x.d.Id, InstanceId = x.i.Id, x.d.Ground, x.d.DataResourceId, x.d.RequesterDepartmentId, x.d.ProviderDepartmentId,
                x.i.State, x.d.FiledAtUtc, x.i.DueOn,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var departmentIds = rows.SelectMany(r => new[] { r.RequesterDepartmentId, r.ProviderDepartmentId }).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var resourceIds = rows.Select(r => r.DataResourceId).Distinct().ToList();
        var resources = await db.DataResources.AsNoTracking().Where(r => resourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        return new DisputePage(
            [.. rows.Select(r => new DisputeRow(
                r.Id, r.InstanceId, r.Ground, resources.GetValueOrDefault(r.DataResourceId) ?? string.Empty,
                departments.GetValueOrDefault(r.RequesterDepartmentId) ?? string.Empty,
                departments.GetValueOrDefault(r.ProviderDepartmentId) ?? string.Empty,
                r.State, r.FiledAtUtc, r.DueOn, r.DueOn is { } due ? calendar.WorkingDaysRemaining(today, due) : null,
                r.RequesterDepartmentId == user.DepartmentId ? DisputeSide.Requester
                    : r.ProviderDepartmentId == user.DepartmentId ? DisputeSide.Provider : null))],
            total);
    }

    /// <summary>The departments that are a party to a dispute the user sees (the bureau list's filter), by name.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> DepartmentsAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = DisputeAccess.Visible(db, user);
        var ids = await visible.Select(d => d.ProviderDepartmentId).Union(visible.Select(d => d.RequesterDepartmentId)).ToListAsync(cancellationToken);
        var rows = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Name))];
    }
}
