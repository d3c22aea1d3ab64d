using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record NewDepartment(string Code, string Name, DepartmentLevel Level, DepartmentKind Kind, int? ParentId);

/// <summary>Adds a department, district bureau or public-service enterprise under an active parent (audited).</summary>
public sealed class CreateDepartment(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, NewDepartment input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        var code = DepartmentCode.Normalize(input.Code);
        if (!DepartmentCode.IsValid(code))
        {
            return AdminResult.Refused(AdminErrors.CodeInvalid, code);
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return AdminResult.Refused(AdminErrors.NameRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        if (await db.Departments.AnyAsync(d => d.Code == code, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.CodeTaken, code);
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return AdminResult.Refused(AdminErrors.DepartmentNotFound);
            }

            if (!parent.IsActive)
            {
                return AdminResult.Refused(AdminErrors.ParentInactive, parent.Name);
            }
        }

        var department = new Department(code, input.Name, input.Level, input.Kind, input.ParentId);
        db.Departments.Add(department);
        db.RecordEvent(AdminAudit.DepartmentCreated, nameof(Department), code, AuditSummary.Of(("name", department.Name)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same code between the check and the save: the unique index decided.
            return AdminResult.Refused(AdminErrors.CodeTaken, code);
        }

        return AdminResult.Done();
    }
}
