using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>
/// The runtime's own choices, for every process: departments for a department argument (the bureau's Reassign; the
/// current assignee is listed but not preselected), and today as the earliest new due date (SetDeadline).
/// </summary>
public sealed class BureauArgumentOptions : IWorkflowArgumentOptions
{
    public async Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
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
