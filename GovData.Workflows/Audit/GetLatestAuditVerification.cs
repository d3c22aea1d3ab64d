using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>The last stored nightly verification, for the audit page (SystemAdmin only); null before the first night.</summary>
public sealed class GetLatestAuditVerification(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<AuditChainReport?> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new DomainRuleException(AuditErrors.SystemAdminOnly);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.AuditVerifications.AsNoTracking()
            .OrderByDescending(v => v.RunDate)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.ToReport();
    }
}
