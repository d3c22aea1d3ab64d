using System.Globalization;
using GovData.Domain.Sharing;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// The choices of a share request's decision (what <see cref="ShareRequestSubjectHandler"/> accepts):
/// the granted items = the data items the requester asked for (all ticked), the validity = today + 90 days (at the
/// earliest tomorrow: a grant must end after today), the legal basis = the register (<see cref="ShareRequestArguments"/>);
/// a refusal needs its reason (the comment).
/// </summary>
public sealed class ShareRequestArgumentOptions : IWorkflowArgumentOptions
{
    public const int DefaultValidityDays = 90;

    public bool RequiresComment(TriggerSpec trigger) => trigger?.Trigger == ShareRequestWorkflowV1.Refuse;

    public async Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (ShareRequestArguments.GrantedItems.Is(query.Argument))
        {
            var request = await RequestAsync(query, cancellationToken);
            if (request is null)
            {
                return null;
            }

            var wanted = request.Wanted().ToList();
            var items = await query.Db.DataItems.AsNoTracking()
                .Where(i => i.DataResourceId == request.DataResourceId && wanted.Contains(i.Id))
                .OrderBy(i => i.Id)
                .ToListAsync(cancellationToken);
            return new ArgumentOffer([.. items.Select(i => new ArgumentOption(
                i.Id.ToString(CultureInfo.InvariantCulture), i.Name, i.Description, Preselected: true))]);
        }

        if (ShareRequestArguments.ValidUntil.Is(query.Argument))
        {
            var until = ShareRequestArguments.ValidUntil.Of(query.Today.AddDays(DefaultValidityDays)).Value;
            return new ArgumentOffer([new ArgumentOption(until, until, Preselected: true)], query.Today.AddDays(1));
        }

        if (ShareRequestArguments.LegalBasis.Is(query.Argument))
        {
            var bases = await query.Db.LegalBases.AsNoTracking().OrderBy(b => b.Id).ToListAsync(cancellationToken);
            return new ArgumentOffer([.. bases.Select(b => new ArgumentOption(
                b.Id.ToString(CultureInfo.InvariantCulture), b.Citation, b.Text))]);
        }

        return null;
    }

    private static async Task<ShareRequest?> RequestAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken) =>
        query.Instance.SubjectType == SubmitShareRequest.SubjectType
        && int.TryParse(query.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await query.Db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
}
