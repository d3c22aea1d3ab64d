using GovData.Domain;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>
/// Deactivates a department (never deletes it: catalog entries, requests and the audit log refer to it). Refused while
/// it still has active people or active sub-departments, so nobody is left in a department that no longer exists.
/// </summary>
public sealed class DeactivateDepartment(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, int departmentId, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        var people = await db.Users.CountAsync(u => u.DepartmentId == departmentId && u.DeactivatedAt == null, cancellationToken);
        var children = await db.Departments.CountAsync(d => d.ParentId == departmentId && d.DeactivatedAt == null, cancellationToken);
        if (people > 0 || children > 0)
        {
            return AdminResult.Refused(AdminErrors.DepartmentHasActiveMembers, department.Name, people, children);
        }

        try
        {
            department.Deactivate(time.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException rule)
        {
            return AdminResult.From(rule);
        }

        db.RecordEvent(AdminAudit.DepartmentDeactivated, nameof(Department), department.Code, AuditSummary.Of(("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
