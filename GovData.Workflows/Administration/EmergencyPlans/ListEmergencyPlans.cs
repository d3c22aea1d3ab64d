using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.EmergencyPlans;

/// <summary>One stored version of a department's emergency plan (without its content).</summary>
public sealed record EmergencyPlanVersion(int Id, string FileName, long Length, string Sha256, DateTime UploadedAtUtc, string UploadedBy);

/// <summary>Every version of a department's emergency plan, newest (the one in force) first, for those who may read it.</summary>
public sealed class ListEmergencyPlans(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<EmergencyPlanVersion>> ExecuteAsync(UserContext user, int departmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var officer = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => new { d.SecurityOfficerUserId }).SingleOrDefaultAsync(cancellationToken);
        if (officer is null || !EmergencyPlanAccess.CanRead(user, departmentId, officer.SecurityOfficerUserId))
        {
            return [];
        }

        var plans = await db.EmergencyPlans.AsNoTracking().Where(p => p.DepartmentId == departmentId)
            .Select(p => new { p.Id, p.FileName, p.Length, p.Sha256, p.UploadedAtUtc, p.UploadedByUserId })
            .ToListAsync(cancellationToken);
        var uploaderIds = plans.Select(p => p.UploadedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => uploaderIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return
        [
            .. plans.OrderByDescending(p => p.UploadedAtUtc).ThenByDescending(p => p.Id)
                .Select(p => new EmergencyPlanVersion(p.Id, p.FileName, p.Length, p.Sha256, p.UploadedAtUtc, names.GetValueOrDefault(p.UploadedByUserId) ?? p.UploadedByUserId)),
        ];
    }
}
