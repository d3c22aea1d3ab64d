using System.Security.Cryptography;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using GovData.Workflows.Uploads;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.EmergencyPlans;

/// <summary>
/// Stores a new version of a department's emergency plan (Art. 31): a PDF or a Word document (.docx, or the older .doc)
/// of at most <see cref="EmergencyPlan.MaxBytes"/>, recognised by its content (<see cref="AttachmentTypes"/>) with a name
/// that agrees. Earlier versions are kept. SystemAdmin only; audited with the reason and the file's SHA-256.
/// </summary>
public sealed class StoreEmergencyPlan(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    private static readonly AttachmentType[] Accepted = [AttachmentTypes.Pdf, AttachmentTypes.Word, AttachmentTypes.LegacyOffice];

    /// <summary>The extensions the file picker offers.</summary>
    public const string Accept = ".pdf,.docx,.doc";

    public async Task<AdminResult> ExecuteAsync(UserContext user, int departmentId, string fileName, byte[] content, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        if (content.LongLength == 0)
        {
            return AdminResult.Refused(AdminErrors.PlanEmpty);
        }

        if (content.LongLength > EmergencyPlan.MaxBytes)
        {
            return AdminResult.Refused(AdminErrors.PlanTooLarge, EmergencyPlan.MaxBytes / (1024 * 1024));
        }

        var type = AttachmentTypes.Recognise(content, fileName);
        if (type is null || !Accepted.Contains(type) || (type == AttachmentTypes.LegacyOffice && !fileName.EndsWith(".doc", StringComparison.OrdinalIgnoreCase)))
        {
            return AdminResult.Refused(AdminErrors.PlanType);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return AdminResult.Refused(AdminErrors.DepartmentNotFound);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var contentType = type == AttachmentTypes.LegacyOffice ? "application/msword" : type.ContentType;
        var plan = EmergencyPlan.Of(departmentId, fileName, contentType, content, sha256, user.UserId, time.GetUtcNow().UtcDateTime);
        db.EmergencyPlans.Add(plan);
        db.RecordEvent(AdminAudit.EmergencyPlanStored, nameof(Department), department.Code,
            AuditSummary.Of(("file", plan.FileName), ("sha256", sha256), ("bytes", content.LongLength), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
