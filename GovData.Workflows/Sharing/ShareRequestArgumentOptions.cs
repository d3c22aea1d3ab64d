using System.Globalization;
using GovData.Domain.Sharing;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// The choices of a share request's decision (what <see cref="ShareRequestSubjectHandler"/> accepts):
/// the granted items = the data items the requester asked for (all ticked), the validity = the end of the period the
/// requester asked for (its option's detail is that period, "yyyy-MM-dd/yyyy-MM-dd", for the dialog to show; at the
/// earliest tomorrow: a grant must end after today; no policy caps it), the legal basis = the register, the requested
/// entry's declared basis first (<see cref="ShareRequestArguments"/>); a refusal needs its reason (the comment).
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
            var asked = await RequestAsync(query, cancellationToken);
            var end = asked is null ? query.Today.AddDays(DefaultValidityDays) : Max(asked.UseUntil, query.Today.AddDays(1));
            var until = ShareRequestArguments.ValidUntil.Of(end).Value;
            var period = asked is null ? null : string.Create(CultureInfo.InvariantCulture, $"{asked.UseFrom:yyyy-MM-dd}/{asked.UseUntil:yyyy-MM-dd}");
            return new ArgumentOffer([new ArgumentOption(until, until, period, Preselected: true)], query.Today.AddDays(1));
        }

        if (ShareRequestArguments.LegalBasis.Is(query.Argument))
        {
            // The basis the provider declared for the entry (e.g. 《中华人民共和国居民身份证法》第六条、第十九条) first.
            var refused = await RequestAsync(query, cancellationToken);
            var declared = refused is null ? null
                : await query.Db.DataResources.AsNoTracking().Where(r => r.Id == refused.DataResourceId).Select(r => r.LegalBasis).SingleOrDefaultAsync(cancellationToken);
            var bases = (await query.Db.LegalBases.AsNoTracking().Where(b => b.RetiredAt == null).OrderBy(b => b.Id).ToListAsync(cancellationToken))
                .OrderByDescending(b => declared is not null && declared.Contains($"《{b.LawName}》", StringComparison.Ordinal) && declared.Contains(b.Article, StringComparison.Ordinal))
                .ToList();
            return new ArgumentOffer([.. bases.Select(b => new ArgumentOption(
                b.Id.ToString(CultureInfo.InvariantCulture), b.Citation, b.Text))]);
        }

        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static async Task<ShareRequest?> RequestAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken) =>
        query.Instance.SubjectType == SubmitShareRequest.SubjectType
        && int.TryParse(query.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await query.Db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
}
