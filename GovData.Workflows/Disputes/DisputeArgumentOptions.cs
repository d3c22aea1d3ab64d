using System.Globalization;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// The choices of a dispute's dialogs (what <see cref="DisputeSubjectHandler"/> accepts): an order's items = the
/// disputed request's live items (all ticked; the bureau unticks what it does not order), or every live item of the
/// entry when the dispute is about an entry's share type; its purpose = the request's purpose; the ordered grant's
/// validity = the end of the period the request asked for (else a year), at the earliest tomorrow. Declining and every
/// decision need the bureau's reasons (the comment).
/// </summary>
public sealed class DisputeArgumentOptions : IWorkflowArgumentOptions
{
    public bool RequiresComment(TriggerSpec trigger) => trigger is not null && DisputeSubjectHandler.NeedsReason(trigger.Trigger);

    public async Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dispute = await DisputeSubjectHandler.DisputeOfAsync(query.Db, query.Instance.SubjectType, query.Instance.SubjectId, cancellationToken);
        if (dispute is null)
        {
            return null;
        }

        var request = dispute.ShareRequestId is { } requestId
            ? await query.Db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            : null;
        if (DisputeArguments.OrderedItems.Is(query.Argument))
        {
            var wanted = request?.Wanted() ?? [];
            var items = await query.Db.DataItems.AsNoTracking()
                .Where(i => i.DataResourceId == dispute.DataResourceId && !i.IsRetired)
                .OrderBy(i => i.Id)
                .ToListAsync(cancellationToken);
            var scope = wanted.Count > 0 ? items.Where(i => wanted.Contains(i.Id)) : items;
            return new ArgumentOffer([.. scope.Select(i => new ArgumentOption(
                i.Id.ToString(CultureInfo.InvariantCulture), i.Name, i.Description, Preselected: wanted.Contains(i.Id)))]);
        }

        if (DisputeArguments.Purpose.Is(query.Argument))
        {
            return request is null ? null : new ArgumentOffer([new ArgumentOption(request.Purpose, request.Purpose, Preselected: true)]);
        }

        if (DisputeArguments.ValidUntil.Is(query.Argument))
        {
            var asked = request?.UseUntil ?? query.Today.AddYears(1);
            var end = asked > query.Today ? asked : query.Today.AddDays(1);
            var until = DisputeArguments.ValidUntil.Of(end).Value;
            return new ArgumentOffer([new ArgumentOption(until, until, Preselected: true)], query.Today.AddDays(1));
        }

        return null;
    }
}
