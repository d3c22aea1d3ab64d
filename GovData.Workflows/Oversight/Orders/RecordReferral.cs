using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>The bureau records that a serious case was referred for disciplinary action (to whom, when, what); audited.</summary>
public sealed class RecordReferral(UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<OversightResult> ExecuteAsync(
        UserContext user, int orderId, string? referredTo, DateOnly? referredOn, string? matter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                var order = await db.RectificationOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct);
                if (order is null || !OversightAccess.MayOversee(user, order.DepartmentId))
                {
                    return OversightResult.Refused(OversightErrors.NotFound);
                }

                var referral = DisciplinaryReferral.Record(
                    order, referredTo, referredOn, matter, ChinaTime.Today(time), user.UserId, time.GetUtcNow().UtcDateTime);
                db.DisciplinaryReferrals.Add(referral);
                await db.SaveChangesAsync(ct);
                return OversightResult.Done(referral.Id);
            }, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return OversightResult.From(rule);
        }
    }
}
