using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>One trigger the user may fire now; <see cref="Tone"/> is how its button reads (declared by the process).</summary>
public sealed record AvailableAction(
    string Trigger, TriggerKind Kind, string ToState, IReadOnlyList<ArgumentSpec> Arguments, ActionTone Tone = ActionTone.Neutral);

/// <summary>The triggers the user may fire on an instance now (for the instance page): those the definition's guards
/// allow and the subject's guard (<see cref="IWorkflowSubjectHandler.AllowsAsync"/>) accepts — no button that only
/// refuses when clicked. Empty when they may not see it or it is closed.</summary>
public sealed class GetAvailableActions(IDbContextFactory<GovDataDbContext> contextFactory, WorkflowRegistry registry, WorkflowProcesses processes)
{
    public async Task<IReadOnlyList<AvailableAction>> ExecuteAsync(long instanceId, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return instance is null ? [] : await ForAsync(db, instance, user, cancellationToken);
    }

    /// <summary>The actions on an instance already read in <paramref name="db"/>.</summary>
    public async Task<IReadOnlyList<AvailableAction>> ForAsync(GovDataDbContext db, WorkflowInstance instance, UserContext user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(user);
        if (instance.IsClosed || !WorkflowAccess.CanSee(user, instance))
        {
            return [];
        }

        var definition = registry.Get(instance.DefinitionName, instance.DefinitionVersion);
        var process = processes.Get(instance.DefinitionName);
        var handler = processes.Handler(instance.DefinitionName);
        var actions = new List<AvailableAction>();
        foreach (var trigger in WorkflowMachine.For(definition, instance, user).Permitted())
        {
            if (await handler.AllowsAsync(new SubjectGuardQuery(db, instance, trigger, user), cancellationToken))
            {
                actions.Add(new AvailableAction(trigger.Trigger, trigger.Kind, trigger.To, trigger.Arguments, process.ToneOf(trigger.Trigger)));
            }
        }

        return actions;
    }
}
