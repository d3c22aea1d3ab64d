using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Inbox;

/// <summary>Filters of the inbox; <see cref="Page"/> is zero-based.</summary>
public sealed record InboxFilter(
    string? DefinitionName = null,
    string? State = null,
    bool OverdueOnly = false,
    int Page = 0,
    int PageSize = InboxFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

public sealed record InboxRow(
    long InstanceId,
    string DefinitionName,
    string SubjectType,
    string SubjectId,
    string State,
    string ProviderDepartmentName,
    string? RequesterDepartmentName,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    int? RemainingWorkingDays,
    DeadlineStatus Status,
    int Revision,
    string? Title = null)
{
    /// <summary>The subject as people name it (its title, or else its id).</summary>
    public string DisplayTitle => Title ?? SubjectId;
}

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int TotalCount);

/// <summary>
/// 待办: the open instances the user may act on now — assigned to their department and one of their roles (a data
/// bureau's officers also get everything assigned to the bureau role; a user without a department, e.g. a public
/// applicant, gets their own instances waiting for their starter), across all processes, the nearest due date
/// first (no deadline last). Paged in the database in the assignee index's order (no sort of the inbox), with the counts
/// from the index alone and the department names looked up once per page.
/// </summary>
public sealed class GetInbox(
    IDbContextFactory<GovDataDbContext> contextFactory,
    WorkingDayCalendarProvider calendars,
    TimeProvider time)
{
    public async Task<InboxPage> ExecuteAsync(UserContext user, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        if (!user.IsAuthenticated)
        {
            return new InboxPage([], 0);
        }

        var today = ChinaTime.Today(time);
        var pageSize = Math.Clamp(filter.PageSize, 1, InboxFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filter(Assigned(db, user), filter, today);

        // Counts walk the assignee index only (covering). Items without a deadline come last: they are paged as a
        // second segment rather than by ORDER BY "DueOn IS NULL", which no index can deliver (a sort of the whole
        // inbox per page). Within a segment the order (DueOn, Id) is the index's own, and the index ends with Id: the
        // page's ids are found in the index alone (OFFSET skips index entries, not table rows), then only the page's
        // rows are read (decision 0035).
        var total = await query.CountAsync(cancellationToken);
        var undated = filter.OverdueOnly ? 0 : await query.CountAsync(i => i.DueOn == null, cancellationToken);
        var dated = total - undated;
        var skip = page * pageSize;
        var rows = new List<Row>(pageSize);
        if (skip < dated)
        {
            // ClosedAtUtc first, though it is null on every open item: PostgreSQL's planner does not treat "IS NULL" as a
            // constant column of the index, so without it the index's order (…, ClosedAtUtc, DueOn, Id) does not match
            // and it sorts the whole inbox for every page (decision 0035). SQLite reads the same index either way.
            var ids = query.Where(i => i.DueOn != null).OrderBy(i => i.ClosedAtUtc).ThenBy(i => i.DueOn).ThenBy(i => i.Id)
                .Skip(skip).Take(pageSize).Select(i => i.Id);
            rows.AddRange(await Project(db.WorkflowInstances.Where(i => ids.Contains(i.Id)).OrderBy(i => i.DueOn).ThenBy(i => i.Id))
                .ToListAsync(cancellationToken));
        }

        if (rows.Count < pageSize && undated > 0 && skip + pageSize > dated)
        {
            var ids = query.Where(i => i.DueOn == null).OrderBy(i => i.ClosedAtUtc).ThenBy(i => i.DueOn).ThenBy(i => i.Id).Skip(Math.Max(0, skip - dated)).Take(pageSize - rows.Count).Select(i => i.Id);
            rows.AddRange(await Project(db.WorkflowInstances.Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id))
                .ToListAsync(cancellationToken));
        }

        // Names looked up once for the page, not per row.
        var departmentIds = rows.Select(r => r.ProviderDepartmentId)
            .Concat(rows.Where(r => r.RequesterDepartmentId is not null).Select(r => r.RequesterDepartmentId!.Value))
            .Distinct()
            .ToList();
        var names = departmentIds.Count == 0 ? []
            : await db.Departments.AsNoTracking()
                .Where(d => departmentIds.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        var calendar = await calendars.GetAsync(cancellationToken);
        return new InboxPage(
            [.. rows.Select(r =>
            {
                int? remaining = r.DueOn is { } due ? calendar.WorkingDaysRemaining(today, due) : null;
                return new InboxRow(
                    r.Id, r.DefinitionName, r.SubjectType, r.SubjectId, r.State,
                    names.GetValueOrDefault(r.ProviderDepartmentId) ?? string.Empty,
                    r.RequesterDepartmentId is { } requester ? names.GetValueOrDefault(requester) : null,
                    r.ReceivedOn, r.DueOn, remaining, DeadlineStatusRules.For(remaining), r.Revision, r.Title);
            })],
            total);
    }

    private static IQueryable<Row> Project(IQueryable<Domain.Workflows.WorkflowInstance> ordered) =>
        ordered
            .Select(i => new Row(
                i.Id, i.DefinitionName, i.SubjectType, i.SubjectId, i.Title, i.State, i.ProviderDepartmentId,
                i.RequesterDepartmentId, i.ReceivedOn, i.DueOn, i.Revision))
            .AsNoTracking();

    private static IQueryable<Domain.Workflows.WorkflowInstance> Assigned(GovDataDbContext db, UserContext user)
    {
        var department = user.DepartmentId;
        var roles = user.Roles.Order(StringComparer.Ordinal).ToList();
        var open = db.WorkflowInstances.Where(i => i.ClosedAtUtc == null);
        if (department is null)
        {
            // A user without a department (a public applicant) acts only where their own instance waits for its starter.
            var userId = user.UserId;
            return open.Where(i => i.AssigneeDepartmentId == null && i.StartedByUserId == userId && roles.Contains(i.AssigneeRole!));
        }

        // The OR only for the municipal bureau's officers (a district bureau acts on what is assigned to it, Art. 5):
        // without it the planner takes the assignee index in order (no sort).
        return user.DepartmentIsDataBureau && user.SeesAllDepartments && user.IsInRole(Roles.BureauOfficer)
            ? open.Where(i => (i.AssigneeDepartmentId == department && roles.Contains(i.AssigneeRole!))
                || i.AssigneeRole == Roles.BureauOfficer)
            : OneRangePerRole(open.Where(i => i.AssigneeDepartmentId == department), roles);
    }

    /// <summary>
    /// The items assigned to any of <paramref name="roles"/>, as one equality per role (UNION ALL when there are
    /// several) rather than <c>roles.Contains(…)</c>: PostgreSQL reads <c>AssigneeRole = ANY(@roles)</c> as one bitmap
    /// over all the department's open items and sorts them for every page (decision 0035), while an equality is one
    /// range of the assignee index, read in its (DueOn, Id) order; several ranges are merged in that order.
    /// </summary>
    private static IQueryable<Domain.Workflows.WorkflowInstance> OneRangePerRole(
        IQueryable<Domain.Workflows.WorkflowInstance> query, List<string> roles)
    {
        if (roles.Count == 0)
        {
            return query.Where(i => false);
        }

        var first = roles[0];
        var union = query.Where(i => i.AssigneeRole == first);
        foreach (var role in roles.Skip(1))
        {
            union = union.Concat(query.Where(i => i.AssigneeRole == role));
        }

        return union;
    }

    private static IQueryable<Domain.Workflows.WorkflowInstance> Filter(
        IQueryable<Domain.Workflows.WorkflowInstance> query, InboxFilter filter, DateOnly today)
    {
        if (!string.IsNullOrEmpty(filter.DefinitionName))
        {
            query = query.Where(i => i.DefinitionName == filter.DefinitionName);
        }

        if (!string.IsNullOrEmpty(filter.State))
        {
            query = query.Where(i => i.State == filter.State);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(i => i.DueOn != null && i.DueOn < today);
        }

        return query;
    }

    private sealed record Row(
        long Id,
        string DefinitionName,
        string SubjectType,
        string SubjectId,
        string? Title,
        string State,
        int ProviderDepartmentId,
        int? RequesterDepartmentId,
        DateOnly ReceivedOn,
        DateOnly? DueOn,
        int Revision);
}
