using System.Globalization;
using GovData.Domain.Calendar;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>
/// What every change of an instance does after the state is decided: who must act now and by when, who is told, and
/// the one transaction that saves it all with the subject handler's work.
/// </summary>
public sealed class WorkflowSteps(WorkflowSettings settings, WorkflowProcesses processes, NotificationOutbox outbox)
{
    /// <summary>The notification text of entering a state: one resource key per process and state (in
    /// NotificationResource), e.g. <c>Workflow.Notification.ShareRequest.Submitted</c>; argument {0} is the subject id.</summary>
    public static string NotificationKey(string definitionName, string state) => $"Workflow.Notification.{definitionName}.{state}";

    /// <summary>Sets the assignee and the deadline of the state just entered (counted from <paramref name="today"/>).</summary>
    public async Task EnterStateAsync(
        GovDataDbContext db,
        WorkflowDefinition definition,
        WorkflowInstance instance,
        WorkingDayCalendar calendar,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var state = definition.Shape.State(instance.State);
        if (state.IsFinal)
        {
            return;
        }

        if (state.Assignee is { Relation: DepartmentRelation.Initiator } initiator)
        {
            instance.AssignToInitiator(initiator.Role);
        }
        else
        {
            var department = state.Assignee is null ? null : await DepartmentOfAsync(db, state.Assignee.Relation, instance, cancellationToken);
            instance.Assign(department, state.Assignee?.Role);
        }

        if (state.StopsClock)
        {
            instance.StopClock(today, instance.DueOn is { } running ? calendar.WorkingDaysRemaining(today, running) : null);
            return;
        }

        if (instance.ClockStopped && instance.ResumeClock(today) is { } left)
        {
            // The clock restarts where it stopped: the working days that were left, counted from today.
            var (resumedDue, resumedComplete) = Deadline(calendar, today, left);
            instance.SetDeadline(resumedDue, left, resumedComplete);
            return;
        }

        var days = settings.WorkingDays(state.Deadline);
        if (days is null)
        {
            instance.SetDeadline(null, null, true);
            return;
        }

        var (due, complete) = Deadline(calendar, today, days.Value);
        instance.SetDeadline(due, days, complete);
    }

    public static (DateOnly Due, bool CalendarComplete) Deadline(WorkingDayCalendar calendar, DateOnly from, int workingDays)
    {
        var due = calendar.AddWorkingDays(from, workingDays);
        return (due, calendar.MissingYearsBetween(from, due).Count == 0);
    }

    /// <summary>
    /// One notification per recipient: the holders of the assignee role in the assignee department while the instance
    /// is open (the starter when it is assigned to them), or whoever started it once it reaches an outcome. The actor is
    /// not told of their own step. <paramref name="comment"/> (e.g. what a returned draft must change) is the text's
    /// argument {1}.
    /// </summary>
    public async Task NotifyAsync(
        GovDataDbContext db, WorkflowInstance instance, string? actorUserId, DateTime nowUtc, CancellationToken cancellationToken, string? comment = null)
    {
        var link = "/workflows/" + instance.Id.ToString(CultureInfo.InvariantCulture);
        List<string> recipients;
        if (instance.IsClosed || instance.IsAssignedToInitiator)
        {
            recipients = instance.StartedByUserId.Length > 0 ? [instance.StartedByUserId] : [];
        }
        else if (instance.AssigneeDepartmentId is { } department && instance.AssigneeRole is { } role)
        {
            recipients = await (
                from user in db.Users
                where user.DepartmentId == department
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role
                select user.Id).Distinct().ToListAsync(cancellationToken);
        }
        else
        {
            return;
        }

        var notifications = recipients.Where(r => r != actorUserId).Order(StringComparer.Ordinal)
            .Select(recipient => new Notification(
                recipient, NotificationKey(instance.DefinitionName, instance.State), [instance.SubjectId, comment?.Trim() ?? string.Empty], link, nowUtc))
            .ToList();
        await outbox.AddAsync(db, string.Create(CultureInfo.InvariantCulture, $"workflow:{instance.Id}:{instance.Revision}"), notifications, cancellationToken);
    }

    /// <summary>
    /// Saves the change in the caller's unit of work: the subject handler runs inside its transaction (its own saves
    /// included) and anything that throws rolls back the state, the journal entry and the notifications together. The
    /// recipients' open bells update after the commit.
    /// </summary>
    public async Task SaveAsync(GovDataDbContext db, WorkflowChange change, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A workflow change is saved inside a unit of work: run it through UnitOfWork.");
        }

        await processes.Handler(change.Instance.DefinitionName).OnChangedAsync(change, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        db.AfterCommit(() => outbox.PublishCommittedAsync(db));
    }

    /// <summary>The Conflict result for a change that lost: who made the latest change and when.</summary>
    public static async Task<WorkflowResult> ConflictAsync(GovDataDbContext db, long instanceId, CancellationToken cancellationToken)
    {
        var latest = await db.WorkflowJournal.AsNoTracking()
            .Where(e => e.InstanceId == instanceId)
            .OrderByDescending(e => e.Sequence)
            .FirstAsync(cancellationToken);
        return new WorkflowResult(
            WorkflowOutcome.Conflict,
            WorkflowResult.AlreadyChangedKey,
            [latest.ActorName, Domain.Time.ChinaTime.ToChinaTime(latest.OccurredAtUtc), latest.Trigger, latest.ToState],
            instanceId,
            latest.ToState,
            latest.Sequence);
    }

    private static async Task<int?> DepartmentOfAsync(GovDataDbContext db, DepartmentRelation relation, WorkflowInstance instance, CancellationToken cancellationToken) =>
        relation switch
        {
            DepartmentRelation.Provider => instance.ProviderDepartmentId,
            DepartmentRelation.Requester => instance.RequesterDepartmentId,
            DepartmentRelation.DataBureau => await db.Departments.AsNoTracking()
                .Where(d => d.Kind == DepartmentKind.DataBureau)
                .OrderBy(d => d.Level).ThenBy(d => d.Id)
                .Select(d => (int?)d.Id)
                .FirstOrDefaultAsync(cancellationToken),
            DepartmentRelation.ResponsibleBureau => await ResponsibleBureauAsync(db, instance.ProviderDepartmentId, cancellationToken),
            _ => instance.AssigneeDepartmentId,
        };

    /// <summary>The data bureau responsible for the department <paramref name="provider"/> (<see cref="ResponsibleBureau"/>).</summary>
    public static async Task<int?> ResponsibleBureauAsync(GovDataDbContext db, int provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == provider, cancellationToken);
        if (department is null)
        {
            return null;
        }

        var bureaus = await db.Departments.AsNoTracking().Where(d => d.Kind == DepartmentKind.DataBureau).ToListAsync(cancellationToken);
        return ResponsibleBureau.Of(department, bureaus);
    }

    public static string ActorName(UserContext user) => user.UserName.Length > 0 ? user.UserName : user.UserId;
}
