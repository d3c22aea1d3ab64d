using System.Text.Json;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record HandOverRequest(long InstanceId, int ExpectedRevision, string ToUserId, string Reason);

/// <summary>
/// Moves an open item of a deactivated starter to an active member of the same department (holding the role the item
/// waits for, when it waits for its starter), in one unit of work: the instance, its journal entry (trigger
/// <see cref="Trigger"/>, the reason as comment, both people as arguments) and the audit row. A second click, or an
/// item changed meanwhile, is refused by the revision the bureau saw.
/// </summary>
public sealed class HandOverItem(UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string Trigger = "HandOver";

    public async Task<AdminResult> ExecuteAsync(UserContext user, HandOverRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HandoverAccess.MayList(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => HandOverAsync(db, user, request, ct), cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Refused(AdminErrors.ItemChangedMeanwhile);
        }
    }

    private async Task<AdminResult> HandOverAsync(GovDataDbContext db, UserContext user, HandOverRequest request, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.SingleOrDefaultAsync(i => i.Id == request.InstanceId, cancellationToken);
        var former = instance is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == instance.StartedByUserId, cancellationToken);
        if (instance is null || former is null || !HandoverAccess.MayHandOver(user, former.DepartmentId))
        {
            return AdminResult.Refused(AdminErrors.ItemNotFound);
        }

        if (instance.IsClosed || instance.Revision != request.ExpectedRevision || former.DeactivatedAt is null)
        {
            return AdminResult.Refused(AdminErrors.ItemChangedMeanwhile);
        }

        var target = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.ToUserId, cancellationToken);
        if (target is null || target.DeactivatedAt is not null || target.DepartmentId != former.DepartmentId)
        {
            return AdminResult.Refused(AdminErrors.HandoverTargetInvalid);
        }

        if (instance.IsAssignedToInitiator
            && !await db.UserRoles.AnyAsync(ur => ur.UserId == target.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == instance.AssigneeRole), cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.HandoverTargetLacksRole, target.DisplayName, instance.AssigneeRole!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        instance.HandOverInitiator(target.Id, now);
        var arguments = JsonSerializer.Serialize(new { from = former.DisplayName, to = target.DisplayName });
        db.WorkflowJournal.Add(new WorkflowJournalEntry(
            instance, instance.State, Trigger, user.UserId, WorkflowSteps.ActorName(user), user.DepartmentId, request.Reason, arguments, instance.DueOn, now));
        db.RecordEvent(AdminAudit.ItemHandedOver, nameof(WorkflowInstance), instance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AuditSummary.Of(("from", former.Email), ("to", target.Email), ("reason", request.Reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
