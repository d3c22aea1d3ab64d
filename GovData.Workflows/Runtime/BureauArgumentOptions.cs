using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>
/// The runtime's own choices, for every process: departments for a department argument (the bureau's Reassign; the
/// current assignee is listed but not preselected), the roles that may act in the instance's state for Reassign's
/// role (the current one preselected; labels are role names, translated by the UI), and today as the earliest new due
/// date (SetDeadline).
/// </summary>
public sealed class BureauArgumentOptions(WorkflowRegistry registry) : IWorkflowArgumentOptions
{
    public async Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Trigger.Kind == TriggerKind.Reassign && query.Argument.Name == BureauArguments.Role.Name)
        {
            var roles = registry.Get(query.Instance.DefinitionName, query.Instance.DefinitionVersion).Shape
                .TriggersFrom(query.Instance.State)
                .Where(t => t.Kind == TriggerKind.Transition)
                .SelectMany(t => t.AllowedActors)
                .Where(a => a.Relation != Domain.Workflows.DepartmentRelation.DataBureau)
                .Select(a => a.Role)
                .Append(query.Instance.AssigneeRole)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new ArgumentOffer([.. roles.Select(r => new ArgumentOption(r, r, Preselected: r == query.Instance.AssigneeRole))]);
        }

        switch (query.Argument.Kind)
        {
            case ArgumentKind.DepartmentId:
                var departments = await query.Db.Departments.AsNoTracking()
                    .OrderBy(d => d.Level).ThenBy(d => d.Code)
                    .Select(d => new { d.Id, d.Name, d.Code })
                    .ToListAsync(cancellationToken);
                return new ArgumentOffer([.. departments.Select(d => new ArgumentOption(
                    d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Name, d.Code))]);
            case ArgumentKind.Date when query.Trigger.Kind == TriggerKind.SetDeadline:
                return new ArgumentOffer([], query.Today);
            default:
                return null;
        }
    }
}
