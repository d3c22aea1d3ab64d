using System.Globalization;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// Tells both parties of every step of a dispute: the requesting department's requesters and lead, the providing
/// department's approvers and lead (the actor excepted, and those the runtime already told as assignees). Added to the
/// caller's context, so the notifications commit with the step or not at all. Text <c>Dispute.Notification.{Step}</c>
/// (NotificationResource): {0} = the dispute's number, {1} = the comment.
/// </summary>
public sealed class DisputeNotifier(NotificationOutbox outbox)
{
    public const string KeyPrefix = "Dispute.Notification.";

    public static string Link(int disputeId) => "/disputes/" + disputeId.ToString(CultureInfo.InvariantCulture);

    public async Task NotifyPartiesAsync(
        GovDataDbContext db, Dispute dispute, WorkflowInstance instance, string step, string? actorUserId, string? comment, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(instance);
        var requesterRoles = DisputeAccess.RequesterRoles.ToList();
        var providerRoles = DisputeAccess.ProviderRoles.ToList();
        var holders = await (
            from user in db.Users
            where user.DepartmentId == dispute.RequesterDepartmentId || user.DepartmentId == dispute.ProviderDepartmentId
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { user.Id, user.DepartmentId, role.Name }).ToListAsync(cancellationToken);
        var recipients = holders
            .Where(h => (h.DepartmentId == dispute.RequesterDepartmentId && requesterRoles.Contains(h.Name!))
                || (h.DepartmentId == dispute.ProviderDepartmentId && providerRoles.Contains(h.Name!)))
            .Where(h => !ToldByRuntime(instance, h.DepartmentId, h.Name!))
            .Select(h => h.Id)
            .Append(dispute.FiledByUserId)
            .Where(id => id != actorUserId && !(instance.IsClosed && id == instance.StartedByUserId))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var number = dispute.Id.ToString(CultureInfo.InvariantCulture);
        var notifications = recipients
            .Select(r => new Notification(r, KeyPrefix + step, [number, comment?.Trim() ?? string.Empty], Link(dispute.Id), nowUtc))
            .ToList();
        await outbox.AddAsync(
            db, string.Create(CultureInfo.InvariantCulture, $"dispute:{dispute.Id}:{instance.Revision}"), notifications, cancellationToken);
    }

    // The runtime rings the assignees of an open state itself (WorkflowSteps.NotifyAsync): one bell per step is enough.
    private static bool ToldByRuntime(WorkflowInstance instance, int? departmentId, string role) =>
        !instance.IsClosed && instance.AssigneeDepartmentId == departmentId && instance.AssigneeRole == role && role != Roles.DepartmentLead;
}
