using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

public sealed record StartWorkflowRequest(
    string DefinitionName,
    string SubjectType,
    string SubjectId,
    int ProviderDepartmentId,
    int? RequesterDepartmentId,
    string? Comment = null,
    IReadOnlyDictionary<string, string>? Arguments = null,
    string? Title = null);

/// <summary>
/// Starts the latest published version of a process for a subject: the instance, its first deadline (working days
/// from today, Asia/Shanghai), journal entry #1 and the assignees' notifications, in one transaction. The feature
/// that owns the subject decides who may start it; this only requires a signed-in user.
/// </summary>
public sealed class StartWorkflow(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UnitOfWork unitOfWork,
    WorkflowRegistry registry,
    WorkflowSteps steps,
    WorkingDayCalendarProvider calendars,
    TimeProvider time)
{
    public const string StartTrigger = "Start";

    public async Task<WorkflowResult> ExecuteAsync(StartWorkflowRequest request, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotAllowed, WorkflowResult.NotAllowedKey, StartTrigger);
        }

        var definition = registry.LatestPublished(request.DefinitionName);
        if (definition is null)
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotFound, WorkflowResult.NoPublishedDefinitionKey, request.DefinitionName);
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => StartAsync(db, definition, request, user, ct), cancellationToken);
        }
        catch (DomainRuleException broken)
        {
            // The subject refused (e.g. it does not exist): nothing of the start is committed.
            return WorkflowResult.Refused(WorkflowOutcome.RuleBroken, broken.Code, [.. broken.Arguments]);
        }
        catch (DbUpdateException)
        {
            // A double submit raced past the check (possible on a server database): the unique index let only one through.
            if (await StartedMeanwhileAsync(request, definition.Name, cancellationToken))
            {
                return AlreadyStarted(request);
            }

            throw;
        }
    }

    /// <summary>
    /// Starts the process inside the caller's unit of work, so that a feature saves its subject (e.g. the share request
    /// row) and the instance together: both are committed, or neither.
    /// </summary>
    public async Task<WorkflowResult> ExecuteInAsync(GovDataDbContext db, StartWorkflowRequest request, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("ExecuteInAsync joins the caller's unit of work: run it through UnitOfWork.");
        }

        if (!user.IsAuthenticated)
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotAllowed, WorkflowResult.NotAllowedKey, StartTrigger);
        }

        var definition = registry.LatestPublished(request.DefinitionName);
        if (definition is null)
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotFound, WorkflowResult.NoPublishedDefinitionKey, request.DefinitionName);
        }

        return await StartAsync(db, definition, request, user, cancellationToken);
    }

    private async Task<WorkflowResult> StartAsync(
        GovDataDbContext db, WorkflowDefinition definition, StartWorkflowRequest request, UserContext user, CancellationToken cancellationToken)
    {
        var exists = await db.WorkflowInstances.AnyAsync(
            i => i.SubjectType == request.SubjectType && i.SubjectId == request.SubjectId && i.DefinitionName == definition.Name,
            cancellationToken);
        if (exists)
        {
            return AlreadyStarted(request);
        }

        int?[] departments = [request.ProviderDepartmentId, request.RequesterDepartmentId];
        foreach (var department in departments.OfType<int>())
        {
            if (!await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
            {
                return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.UnknownDepartmentKey, department);
            }
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance(
            definition.Name, definition.Version, request.SubjectType, request.SubjectId, request.ProviderDepartmentId,
            request.RequesterDepartmentId, definition.Shape.InitialState, user.UserId, now, today, request.Title);
        await steps.EnterStateAsync(db, definition, instance, calendar, today, cancellationToken);

        db.WorkflowInstances.Add(instance);
        await db.SaveChangesAsync(cancellationToken);

        var arguments = request.Arguments ?? new Dictionary<string, string>();
        var entry = new WorkflowJournalEntry(
            instance, string.Empty, StartTrigger, user.UserId, WorkflowSteps.ActorName(user), user.DepartmentId,
            request.Comment, WorkflowArguments.Json(arguments), null, now);
        db.WorkflowJournal.Add(entry);
        await steps.NotifyAsync(db, instance, user.UserId, now, cancellationToken);
        await steps.SaveAsync(db, new WorkflowChange(db, instance, entry, arguments, user), cancellationToken);
        return WorkflowResult.Done(instance.Id, instance.State, instance.Revision);
    }

    private static WorkflowResult AlreadyStarted(StartWorkflowRequest request) =>
        WorkflowResult.Refused(WorkflowOutcome.Conflict, WorkflowResult.AlreadyStartedKey, request.SubjectType, request.SubjectId);

    private async Task<bool> StartedMeanwhileAsync(StartWorkflowRequest request, string definitionName, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await fresh.WorkflowInstances.AnyAsync(
            i => i.SubjectType == request.SubjectType && i.SubjectId == request.SubjectId && i.DefinitionName == definitionName,
            cancellationToken);
    }
}
