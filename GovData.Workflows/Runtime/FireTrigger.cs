using System.Runtime.CompilerServices;
using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

public sealed record FireTriggerRequest(
    long InstanceId,
    string Trigger,
    IReadOnlyDictionary<string, string>? Arguments = null,
    string? Comment = null,
    int? ExpectedRevision = null);

/// <summary>
/// Fires one trigger for the current user: load, build the machine over the persisted state, check the guard and
/// the arguments, move (or, for a bureau operation, reassign / set the deadline), journal, recompute who must act and
/// by when, notify — one transaction. A concurrent change wins or loses as a whole; the loser gets a Conflict result
/// naming who changed it and when. <see cref="FireTriggerRequest.ExpectedRevision"/> (the revision the user saw)
/// turns "someone was faster" into that same result instead of a puzzling refusal. A <see cref="DomainRuleException"/>
/// of the subject handler becomes a <see cref="WorkflowOutcome.RuleBroken"/> result (its Code and Arguments).
/// </summary>
public sealed class FireTrigger(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UnitOfWork unitOfWork,
    WorkflowRegistry registry,
    WorkflowSteps steps,
    WorkingDayCalendarProvider calendars,
    TimeProvider time)
{
    public async Task<WorkflowResult> ExecuteAsync(FireTriggerRequest request, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var readRevision = new StrongBox<int?>();
        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => FireAsync(db, request, user, readRevision, ct), cancellationToken);
        }
        catch (DomainRuleException broken)
        {
            // A rule of the subject (e.g. a grant must end after today) refused the change: the transaction rolled
            // back, nothing is written; the rule's key and arguments are translated in Web.
            return WorkflowResult.Refused(WorkflowOutcome.RuleBroken, broken.Code, [.. broken.Arguments]);
        }
        catch (DbUpdateException) when (readRevision.Value is { } read)
        {
            // The revision check (or the unique journal sequence) refused a stale write: someone else was first.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var revision = await fresh.WorkflowInstances.Where(i => i.Id == request.InstanceId).Select(i => i.Revision).SingleAsync(cancellationToken);
            if (revision == read)
            {
                throw;
            }

            return await WorkflowSteps.ConflictAsync(fresh, request.InstanceId, cancellationToken);
        }
    }

    private async Task<WorkflowResult> FireAsync(
        GovDataDbContext db, FireTriggerRequest request, UserContext user, StrongBox<int?> readRevision, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.SingleOrDefaultAsync(i => i.Id == request.InstanceId, cancellationToken);
        if (instance is null || !WorkflowAccess.CanSee(user, instance))
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotFound, WorkflowResult.NotFoundKey, request.InstanceId);
        }

        readRevision.Value = instance.Revision;

        if (instance.IsClosed || (request.ExpectedRevision is { } seen && seen != instance.Revision))
        {
            return await WorkflowSteps.ConflictAsync(db, instance.Id, cancellationToken);
        }

        var definition = registry.Get(instance.DefinitionName, instance.DefinitionVersion);
        var machine = WorkflowMachine.For(definition, instance, user);
        var trigger = definition.Shape.Find(instance.State, request.Trigger);
        if (trigger is null || !machine.CanFire(request.Trigger))
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotAllowed, WorkflowResult.NotAllowedKey, request.Trigger);
        }

        var arguments = request.Arguments ?? new Dictionary<string, string>();
        if (WorkflowArguments.Check(trigger, arguments) is { } invalid)
        {
            return invalid;
        }

        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var fromState = instance.State;
        var dueBefore = instance.DueOn;
        var applied = await ApplyAsync(db, definition, instance, machine, trigger, arguments, today, now, cancellationToken);
        if (applied is not null)
        {
            return applied;
        }

        var entry = new WorkflowJournalEntry(
            instance, fromState, trigger.Trigger, user.UserId, WorkflowSteps.ActorName(user), user.DepartmentId,
            request.Comment, WorkflowArguments.Json(arguments), dueBefore, now);
        db.WorkflowJournal.Add(entry);
        await steps.NotifyAsync(db, instance, user.UserId, now, cancellationToken, request.Comment);
        await Notifications.ResolveItemNotifications.ResolveAsync(db, instance.Id, user, now, cancellationToken);
        await steps.SaveAsync(db, new WorkflowChange(db, instance, entry, arguments, user), cancellationToken);
        return WorkflowResult.Done(instance.Id, instance.State, instance.Revision);
    }

    private async Task<WorkflowResult?> ApplyAsync(
        GovDataDbContext db,
        WorkflowDefinition definition,
        WorkflowInstance instance,
        WorkflowMachine machine,
        TriggerSpec trigger,
        IReadOnlyDictionary<string, string> arguments,
        DateOnly today,
        DateTime now,
        CancellationToken cancellationToken)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Transition:
                var to = machine.Fire(trigger.Trigger);
                instance.Transition(to, definition.Shape.State(to).IsFinal, today, now);
                await steps.EnterStateAsync(db, definition, instance, await calendars.GetAsync(cancellationToken), today, cancellationToken);
                return null;
            case TriggerKind.Reassign:
                var departmentId = BureauArguments.DepartmentId.IdIn(arguments) ?? 0;
                if (!await db.Departments.AnyAsync(d => d.Id == departmentId, cancellationToken))
                {
                    return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.UnknownDepartmentKey, departmentId);
                }

                var role = BureauArguments.Role.ValueIn(arguments);
                if (role is not null && !Roles.All.Contains(role))
                {
                    return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.ArgumentInvalidKey, BureauArguments.Role.Name, role);
                }

                machine.Fire(trigger.Trigger);
                instance.Touch(now);
                instance.Assign(departmentId, role ?? instance.AssigneeRole);
                return null;
            case TriggerKind.SetDeadline:
                var due = BureauArguments.DueOn.DateIn(arguments)!.Value;
                if (due < today)
                {
                    return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.DueInThePastKey, due);
                }

                machine.Fire(trigger.Trigger);
                instance.Touch(now);
                // A date set by the bureau is kept as given: a later calendar change does not move it.
                instance.SetDeadline(due, null, true);
                return null;
            default:
                throw new InvalidOperationException($"Unknown trigger kind {trigger.Kind}.");
        }
    }
}
