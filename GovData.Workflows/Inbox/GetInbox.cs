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
/// bureau's officers also get everything assigned to the bureau role), across all processes, the nearest due date
/// first (no deadline last). Paged in the database (the assignee index), one query for the page and one for the count.
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
        if (!user.IsAuthenticated || user.DepartmentId is null)
        {
            return new InboxPage([], 0);
        }

        var today = ChinaTime.Today(time);
        var pageSize = Math.Clamp(filter.PageSize, 1, InboxFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filter(Assigned(db, user), filter, today);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(i => i.DueOn == null)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Id)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(i => new
            {
                i.Id,
                i.DefinitionName,
                i.SubjectType,
                i.SubjectId,
                i.Title,
                i.State,
                Provider = db.Departments.Where(d => d.Id == i.ProviderDepartmentId).Select(d => d.Name).FirstOrDefault(),
                Requester = db.Departments.Where(d => d.Id == i.RequesterDepartmentId).Select(d => d.Name).FirstOrDefault(),
                i.ReceivedOn,
                i.DueOn,
                i.Revision,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var calendar = await calendars.GetAsync(cancellationToken);
        return new InboxPage(
            [.. rows.Select(r =>
            {
                int? remaining = r.DueOn is { } due ? calendar.WorkingDaysRemaining(today, due) : null;
                return new InboxRow(
                    r.Id, r.DefinitionName, r.SubjectType, r.SubjectId, r.State, r.Provider ?? string.Empty, r.Requester,
                    r.ReceivedOn, r.DueOn, remaining, DeadlineStatusRules.For(remaining), r.Revision, r.Title);
            })],
            total);
    }

    private static IQueryable<Domain.Workflows.WorkflowInstance> Assigned(GovDataDbContext db, UserContext user)
    {
        var department = user.DepartmentId;
        var roles = user.Roles.ToList();
        var bureauOfficer = user.DepartmentIsDataBureau && user.IsInRole(Roles.BureauOfficer);
        return db.WorkflowInstances.Where(i => i.ClosedAtUtc == null
            && ((i.AssigneeDepartmentId == department && roles.Contains(i.AssigneeRole!))
                || (bureauOfficer && i.AssigneeRole == Roles.BureauOfficer)));
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
}
