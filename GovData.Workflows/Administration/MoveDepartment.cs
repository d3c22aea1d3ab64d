using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>
/// Moves a department under another (or to the top). Refused under itself or its own descendant; the audit row says
/// which bureau supervised it before and after, as the preview showed.
/// </summary>
public sealed class MoveDepartment(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, int departmentId, int? newParentId, string reason, CancellationToken cancellationToken = default)
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
        db.Attribute(user, clock);
        var nodes = await DepartmentNodes.LoadAsync(db, cancellationToken);
        var preview = PreviewDepartmentMove.Preview(nodes, departmentId, newParentId);
        if (preview is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        if (preview.Refusal is { } refusal)
        {
            return refusal;
        }

        var department = await db.Departments.SingleAsync(d => d.Id == departmentId, cancellationToken);
        if (newParentId is { } parentId && !(await db.Departments.AsNoTracking().SingleAsync(d => d.Id == parentId, cancellationToken)).IsActive)
        {
            return AdminResult.Refused(AdminErrors.ParentInactive, nodes.Single(n => n.Id == parentId).Name);
        }

        department.MoveUnder(newParentId);
        db.RecordEvent(
            AdminAudit.DepartmentMoved,
            nameof(Department),
            department.Code,
            AuditSummary.Of(("bureauBefore", preview.BureauBefore), ("bureauAfter", preview.BureauAfter), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
