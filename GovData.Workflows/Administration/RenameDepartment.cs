using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>Renames a department; its code (used in resource codes) stays.</summary>
public sealed class RenameDepartment(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, int departmentId, string name, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return AdminResult.Refused(AdminErrors.NameRequired);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        var before = department.Name;
        department.Rename(name);
        db.RecordEvent(AdminAudit.DepartmentRenamed, nameof(Department), department.Code, AuditSummary.Of(("from", before), ("to", department.Name), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
