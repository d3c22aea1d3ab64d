using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

public sealed record OrderRow(
    int Id, int DepartmentId, string DepartmentName, RectificationViolation Violation, DateOnly IssuedOn, DateOnly DueOn, string State,
    bool IsClosed, long? InstanceId, bool Overdue);

public sealed record OrderPage(IReadOnlyList<OrderRow> Rows, int TotalCount);

/// <summary>Which orders a list shows: <see cref="Open"/> (null: all), one department (bureau only).</summary>
public sealed record OrderFilter(bool? Open = null, int? DepartmentId = null, int Page = 0, int PageSize = 20);

/// <summary>
/// Rectification orders, server-paged, soonest due first. A bureau officer sees the departments it supervises; a
/// department's staff see their own department's orders only, whatever filter they send; the administrator sees all;
/// everyone else nothing.
/// </summary>
public sealed class ListOrders(IDbContextFactory<GovDataDbContext> contexts, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<OrderPage> ExecuteAsync(UserContext user, OrderFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        if (!user.IsAuthenticated)
        {
            return new OrderPage([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.RectificationOrders.AsNoTracking();
        if (OversightAccess.IsBureau(user) || user.IsInRole(Roles.SystemAdmin))
        {
            if (!user.IsInRole(Roles.SystemAdmin) && user.SupervisedDepartmentIds is { } supervised)
            {
                var ids = supervised.ToList();
                query = query.Where(o => ids.Contains(o.DepartmentId));
            }

            if (filter.DepartmentId is { } department)
            {
                query = query.Where(o => o.DepartmentId == department);
            }
        }
        else if (user.DepartmentId is { } own)
        {
            query = query.Where(o => o.DepartmentId == own);
        }
        else
        {
            return new OrderPage([], 0);
        }

        var rows =
            from o in query
            join i in db.WorkflowInstances on o.WorkflowInstanceId equals i.Id
            select new { Order = o, Instance = i };
        if (filter.Open is { } open)
        {
            rows = open ? rows.Where(r => r.Instance.ClosedAtUtc == null) : rows.Where(r => r.Instance.ClosedAtUtc != null);
        }

        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var total = await rows.CountAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        var page = await (
            from r in rows.OrderBy(r => r.Instance.ClosedAtUtc != null).ThenBy(r => r.Order.DueOn).ThenBy(r => r.Order.Id)
                .Skip(Math.Max(0, filter.Page) * size).Take(size)
            join d in db.Departments on r.Order.DepartmentId equals d.Id
            select new
            {
                r.Order.Id, r.Order.DepartmentId, d.Name, r.Order.Violation, r.Order.IssuedOn, r.Order.DueOn, r.Instance.State,
                Closed = r.Instance.ClosedAtUtc != null, InstanceId = r.Instance.Id,
            }).ToListAsync(cancellationToken);
        return new OrderPage(
            [.. page.OrderBy(r => r.Closed).ThenBy(r => r.DueOn).ThenBy(r => r.Id).Select(r => new OrderRow(
                r.Id, r.DepartmentId, r.Name, r.Violation, r.IssuedOn, r.DueOn, r.State, r.Closed, r.InstanceId,
                !r.Closed && RectificationOrderWorkflowV1.DepartmentStates.Contains(r.State) && r.DueOn < today))],
            total);
    }
}
