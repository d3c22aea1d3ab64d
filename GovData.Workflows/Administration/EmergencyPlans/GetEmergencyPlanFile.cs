using System.Security.Cryptography;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.EmergencyPlans;

public sealed record EmergencyPlanFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A stored version of an emergency plan for a user who may read it (<see cref="EmergencyPlanAccess"/>); null for
/// anyone else and for an unknown id, alike. A version whose content no longer matches its SHA-256 is never served.
/// </summary>
public sealed class GetEmergencyPlanFile(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<EmergencyPlanFile?> ExecuteAsync(UserContext user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await (from p in db.EmergencyPlans.AsNoTracking()
                           join d in db.Departments.AsNoTracking() on p.DepartmentId equals d.Id
                           where p.Id == planId
                           select new { d.Id, d.SecurityOfficerUserId }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null || !EmergencyPlanAccess.CanRead(user, owner.Id, owner.SecurityOfficerUserId))
        {
            return null;
        }

        var plan = await db.EmergencyPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.FileName, p.ContentType, p.Content, p.Sha256 }).SingleAsync(cancellationToken);
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(plan.Content)), plan.Sha256, StringComparison.Ordinal)
            ? new EmergencyPlanFile(plan.FileName, plan.ContentType, plan.Content)
            : null;
    }
}
