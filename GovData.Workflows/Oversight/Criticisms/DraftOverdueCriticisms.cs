using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Mail;
using GovData.Workflows.Oversight.Orders;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Oversight.Criticisms;

/// <summary>
/// The overdue job (Art. 34 逾期未改正; daily 08:30 Asia/Shanghai): orders still waiting for the department after their
/// due date get a 通报批评 drafted from the order, and the supervising bureau's officers are told. An order waiting for
/// the bureau's verification is not the department's delay and is left alone. One criticism per order (a unique key,
/// written with its notifications in one transaction), so a second run drafts nothing.
/// </summary>
public sealed class DraftOverdueCriticisms(UnitOfWork unitOfWork, NotificationOutbox outbox, TimeProvider time, ILogger<DraftOverdueCriticisms> logger)
{
    public const string JobId = "oversight-criticisms";

    public const string Cron = "30 8 * * *";

    public const string MessageKey = "Oversight.Notification.CriticismDrafted";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        int drafted;
        try
        {
            drafted = await unitOfWork.RunAsSystemAsync(DraftAsync, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent run drafted some of them first: what is left is ours.
            drafted = await unitOfWork.RunAsSystemAsync(DraftAsync, cancellationToken);
        }

        logger.LogInformation("Overdue rectification orders: {Drafted} criticism(s) drafted.", drafted);
        return drafted;
    }

    private async Task<int> DraftAsync(GovDataDbContext db, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var waiting = RectificationOrderWorkflowV1.DepartmentStates.ToList();
        var overdue = await (
            from order in db.RectificationOrders
            join instance in db.WorkflowInstances on order.WorkflowInstanceId equals instance.Id
            where instance.ClosedAtUtc == null && waiting.Contains(instance.State) && order.DueOn < today
                && !db.PublicCriticisms.Any(c => c.OrderId == order.Id)
            join department in db.Departments on order.DepartmentId equals department.Id
            select new { Order = order, department.Name })
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var criticisms = overdue.Select(o => PublicCriticism.Draft(o.Order, o.Name, today, now)).ToList();
        db.PublicCriticisms.AddRange(criticisms);
        await db.SaveChangesAsync(cancellationToken);
        var officers = await (
            from user in db.Users
            join department in db.Departments on user.DepartmentId equals department.Id
            where department.Kind == Domain.Departments.DepartmentKind.DataBureau
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.BureauOfficer
            select new { UserId = user.Id, BureauId = department.Id }).ToListAsync(cancellationToken);
        var bureaus = await db.Departments.AsNoTracking().Where(d => d.Kind == Domain.Departments.DepartmentKind.DataBureau).ToListAsync(cancellationToken);
        var criticised = criticisms.Select(c => c.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => criticised.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var criticism in criticisms)
        {
            var responsible = Domain.Departments.ResponsibleBureau.Of(departments[criticism.DepartmentId], bureaus);
            var notifications = officers.Where(o => o.BureauId == responsible).Select(o => new Notification(
                o.UserId, MessageKey, [departments[criticism.DepartmentId].Name], CriticismLinks.Edit(criticism.Id), now)).ToList();
            // One mail key per criticism: an officer told of two criticisms in one run gets two mails (one key for the
            // run made the second mail collide with the first on the outbox's unique key and failed the whole job).
            await outbox.AddAsync(db, $"oversight-criticism:{criticism.Id}", notifications, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.AfterCommit(() => outbox.PublishCommittedAsync(db));
        return criticisms.Count;
    }
}
