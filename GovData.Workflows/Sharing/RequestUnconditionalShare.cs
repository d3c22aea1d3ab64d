using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record RequestUnconditionalShareCommand(int ResourceId, string? Purpose, string? DutyBasis);

/// <summary>Art. 19: purpose and duty basis stated → the grant is issued at once (audited by SaveChanges).</summary>
public sealed class RequestUnconditionalShare(UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<SharingResult> ExecuteAsync(UserContext user, RequestUnconditionalShareCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!SharingAccess.CanRequest(user))
        {
            return SharingResult.Refused(SharingErrors.NotAllowed);
        }

        return await unitOfWork.RunAsync(user, (db, ct) => RequestAsync(db, user, command, ct), cancellationToken);
    }

    private async Task<SharingResult> RequestAsync(GovDataDbContext db, UserContext user, RequestUnconditionalShareCommand command, CancellationToken cancellationToken)
    {
        var resource = await db.DataResources.SingleOrDefaultAsync(r => r.Id == command.ResourceId, cancellationToken);
        if (resource is null)
        {
            return SharingResult.Refused(SharingErrors.ResourceNotFound, command.ResourceId);
        }

        var items = await db.DataItems.Where(i => i.DataResourceId == resource.Id && !i.IsRetired).ToListAsync(cancellationToken);
        try
        {
            var grant = ShareGrant.Unconditional(
                resource, items, user.DepartmentId!.Value, command.Purpose, command.DutyBasis, user.UserId,
                ChinaTime.Today(time), time.GetUtcNow().UtcDateTime);
            db.ShareGrants.Add(grant);
            await db.SaveChangesAsync(cancellationToken);
            return SharingResult.Done(grant.Id);
        }
        catch (DomainRuleException rule)
        {
            return SharingResult.From(rule);
        }
    }
}
