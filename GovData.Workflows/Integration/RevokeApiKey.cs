using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Integration;

/// <summary>Revokes a key at once (audited). Another department's key is "not found", not "forbidden".</summary>
public sealed class RevokeApiKey(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<IntegrationResult> ExecuteAsync(UserContext user, int keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IntegrationAccess.CanList(user))
        {
            return IntegrationResult.Refused(IntegrationErrors.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingAs(user);
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
