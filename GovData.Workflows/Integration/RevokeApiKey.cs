using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Integration;

/// <summary>Revokes a key at once (audited). Another department's key is "not found", not "forbidden".</summary>
public sealed class RevokeApiKey(UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<IntegrationResult> ExecuteAsync(UserContext user, int keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IntegrationAccess.CanList(user))
        {
            return IntegrationResult.Refused(IntegrationErrors.NotAllowed);
        }

        return await unitOfWork.RunAsync(user, (db, ct) => RevokeAsync(db, user, keyId, ct), cancellationToken);
    }

    private async Task<IntegrationResult> RevokeAsync(GovDataDbContext db, UserContext user, int keyId, CancellationToken cancellationToken)
    {
        var key = await db.DepartmentApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || !IntegrationAccess.CanManage(user, key.DepartmentId))
        {
            return IntegrationResult.Refused(IntegrationErrors.KeyNotFound, keyId);
        }

        try
        {
            key.Revoke(user.UserId, time.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException rule)
        {
            return IntegrationResult.From(rule);
        }

        await db.SaveChangesAsync(cancellationToken);
        return IntegrationResult.Done();
    }
}
