using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>
/// The choices for a trigger's arguments, for a user who may fire that trigger now (the same visibility check and
/// guard as <see cref="FireTrigger"/>): anyone else gets <see cref="ArgumentOffers.None"/>, so the options never
/// reveal more than the decision itself would.
/// </summary>
public sealed class GetArgumentOptions(
    IDbContextFactory<GovDataDbContext> contextFactory,
    WorkflowRegistry registry,
    WorkflowProcesses processes,
    BureauArgumentOptions bureau,
    WorkingDayCalendarProvider calendars,
    TimeProvider time)
{
    public async Task<ArgumentOffers> ExecuteAsync(long instanceId, string trigger, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = ChinaTime.Today(time);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null || instance.IsClosed || !WorkflowAccess.CanSee(user, instance))
        {
            return ArgumentOffers.None(today);
        }

        var definition = registry.Get(instance.DefinitionName, instance.DefinitionVersion);
        var spec = definition.Shape.Find(instance.State, trigger);
        if (spec is null || !WorkflowMachine.For(definition, instance, user).CanFire(trigger))
        {
            return ArgumentOffers.None(today);
        }

        IWorkflowArgumentOptions[] ordered = [processes.Options(instance.DefinitionName), bureau];
        var offers = new Dictionary<string, ArgumentOffer>(StringComparer.Ordinal);
        foreach (var argument in spec.Arguments)
        {
            foreach (var provider in ordered)
            {
                if (await provider.OfferAsync(new ArgumentOptionsQuery(db, instance, user, spec, argument, today), cancellationToken) is { } offer)
                {
                    offers[argument.Name] = offer;
                    break;
                }
            }
        }

        return new ArgumentOffers(offers, ordered.Any(p => p.RequiresComment(spec)), today, await calendars.GetAsync(cancellationToken));
    }
}
