using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record DepartmentSecurity(string? SecurityOfficerUserId, DateOnly? LastSecurityAssessmentOn, DateOnly? LastDrillOn);

/// <summary>
/// Art. 31: records a department's security officer (an active member of that department), and the dates of its last
/// security assessment and emergency drill (not in the future, China time). Audited with the reason.
/// </summary>
public sealed class RecordDepartmentSecurity(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, int departmentId, DepartmentSecurity input, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        var today = ChinaTime.Today(time);
        if (input.LastSecurityAssessmentOn > today || input.LastDrillOn > today)
        {
            return AdminResult.Refused(AdminErrors.DateInFuture);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        if (input.SecurityOfficerUserId is { Length: > 0 } officerId
            && !await db.Users.AnyAsync(u => u.Id == officerId && u.DepartmentId == departmentId && u.DeactivatedAt == null, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.OfficerNotInDepartment, department.Name);
        }

        department.RecordSecurity(input.SecurityOfficerUserId, input.LastSecurityAssessmentOn, input.LastDrillOn);
        db.RecordEvent(AdminAudit.DepartmentSecurityRecorded, nameof(Department), department.Code, AuditSummary.Of(("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
