using System.Globalization;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>
/// When someone acts on a workflow item, the unread notifications about it sent earlier to that person or to a colleague
/// in the same department (the item waiting for them, a reminder, an overdue notice, an escalation) are resolved: there
/// is nothing left for them to do, so the bell stops counting them. Notifications of other departments stay (the
/// requester still wants to read the answer). Runs inside the action's transaction (its changes are saved with it).
/// </summary>
public static class ResolveItemNotifications
{
    public static async Task ResolveAsync(GovDataDbContext db, long instanceId, UserContext actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var link = "/workflows/" + instanceId.ToString(CultureInfo.InvariantCulture);
        var colleagues = actor.DepartmentId is { } department
            ? db.Users.Where(u => u.DepartmentId == department).Select(u => u.Id)
            : db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Id);
        var open = await db.Notifications
            .Where(n => n.Link == link && n.ReadAtUtc == null && (n.RecipientUserId == actor.UserId || colleagues.Contains(n.RecipientUserId)))
            .ToListAsync(cancellationToken);
        foreach (var notification in open)
        {
            notification.Resolve(nowUtc);
        }
    }
}
