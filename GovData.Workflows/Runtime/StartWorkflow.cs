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

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingAs(user);
        return await StartAsync(db, definition, request, user, cancellationToken);
    }

    /// <summary>
    /// Starts the process inside the caller's context and open transaction, so that a feature saves its subject (e.g.
    /// the share request row) and the instance together: the caller commits, or rolls both back.
    /// </summary>
    public async Task<WorkflowResult> ExecuteInAsync(GovDataDbContext db, StartWorkflowRequest request, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("ExecuteInAsync joins the caller's transaction: begin one first.");
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

        // A caller that opened the transaction (ExecuteInAsync) commits it; otherwise it is ours.
        var callerTransaction = db.Database.CurrentTransaction is not null;
        await using var transaction = callerTransaction ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        db.WorkflowInstances.Add(instance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!callerTransaction)
        {
            // A double submit raced past the check above; the unique index let only one through.
            if (await StartedMeanwhileAsync(request, definition.Name, cancellationToken))
            {
                return AlreadyStarted(request);
            }

            throw;
        }

        var arguments = request.Arguments ?? new Dictionary<string, string>();
        var entry = new WorkflowJournalEntry(
            instance, string.Empty, StartTrigger, user.UserId, WorkflowSteps.ActorName(user), user.DepartmentId,
            request.Comment, WorkflowArguments.Json(arguments), null, now);
        db.WorkflowJournal.Add(entry);
        await steps.NotifyAsync(db, instance, user.UserId, now, cancellationToken);
        try
        {
            await steps.SaveAsync(db, new WorkflowChange(db, instance, entry, arguments, user), cancellationToken);
        }
        catch (DomainRuleException broken)
        {
            // The subject refused (e.g. it does not exist): nothing of the start is committed.
            return WorkflowResult.Refused(WorkflowOutcome.RuleBroken, broken.Code, [.. broken.Arguments]);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            // A caller that owns the transaction (ExecuteInAsync) commits later and then calls PublishCommittedAsync.
            await steps.PublishCommittedAsync(db);
        }

        return WorkflowResult.Done(instance.Id, instance.State, instance.Revision);
    }

    /// <summary>After the caller of <see cref="ExecuteInAsync"/> committed: the assignees' open bells update live.</summary>
    public Task PublishCommittedAsync(GovDataDbContext db) => steps.PublishCommittedAsync(db);

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
