using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

public sealed record ReferralRow(int Id, string ReferredTo, DateOnly ReferredOn, string Matter);

public sealed record OrderDetail(
    RectificationOrder Order, string DepartmentName, string State, bool IsClosed, CriticismStatus? CriticismStatus, int? CriticismId,
    IReadOnlyList<ReferralRow> Referrals, bool MayOversee);

/// <summary>One order for its page: the order, its state, its criticism and referrals. Null for anyone who may not see it
/// (another department's staff, the public) — the page says "not found" rather than "forbidden".</summary>
public sealed class GetOrder(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<OrderDetail?> ExecuteAsync(UserContext user, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.RectificationOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null || !OversightAccess.MaySeeOrdersOf(user, order.DepartmentId))
        {
            return null;
        }

        var department = await db.Departments.AsNoTracking().Where(d => d.Id == order.DepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == order.WorkflowInstanceId)
            .Select(i => new { i.State, Closed = i.ClosedAtUtc != null }).SingleAsync(cancellationToken);
        var criticism = await db.PublicCriticisms.AsNoTracking().Where(c => c.OrderId == id)
            .Select(c => new { c.Id, c.Status }).SingleOrDefaultAsync(cancellationToken);
        var mayOversee = OversightAccess.MayOversee(user, order.DepartmentId);
        var referrals = mayOversee
            ? await db.DisciplinaryReferrals.AsNoTracking().Where(r => r.OrderId == id).OrderBy(r => r.Id)
                .Select(r => new ReferralRow(r.Id, r.ReferredTo, r.ReferredOn, r.Matter)).ToListAsync(cancellationToken)
            : [];
        return new OrderDetail(order, department, instance.State, instance.Closed, criticism?.Status, criticism?.Id, referrals, mayOversee);
    }
}
