using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

public sealed record AvailableAction(string Trigger, TriggerKind Kind, string ToState, IReadOnlyList<ArgumentSpec> Arguments);

/// <summary>The triggers the user may fire on an instance now (for the instance page); empty when they may not see
/// it or it is closed.</summary>
public sealed class GetAvailableActions(IDbContextFactory<GovDataDbContext> contextFactory, WorkflowRegistry registry)
{
    public async Task<IReadOnlyList<AvailableAction>> ExecuteAsync(long instanceId, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return instance is null ? [] : For(registry.Get(instance.DefinitionName, instance.DefinitionVersion), instance, user);
    }

    public static IReadOnlyList<AvailableAction> For(WorkflowDefinition definition, WorkflowInstance instance, UserContext user)
    {
        if (instance.IsClosed || !WorkflowAccess.CanSee(user, instance))
        {
            return [];
        }

        return [.. WorkflowMachine.For(definition, instance, user).Permitted()
            .Select(t => new AvailableAction(t.Trigger, t.Kind, t.To, t.Arguments))];
    }
}
