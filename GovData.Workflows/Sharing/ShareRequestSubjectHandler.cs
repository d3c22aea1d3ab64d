using System.Globalization;
using GovData.Domain;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// The sharing side of a share request's process, inside the runtime's transaction: on Approved the grant (the items of
/// <see cref="ShareRequestArguments.GrantedItems"/> — data item ids, one per line — valid until
/// <see cref="ShareRequestArguments.ValidUntil"/>); on Refused the legal basis (<see cref="ShareRequestArguments.LegalBasis"/>:
/// an id of the register) and the reason (the comment, required). A missing request or a rule broken here throws
/// <see cref="DomainRuleException"/>, which rolls the whole change back.
/// </summary>
public sealed class ShareRequestSubjectHandler(TimeProvider time) : IWorkflowSubjectHandler
{
    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var db = change.Db;
        var request = change.Instance.SubjectType == SubmitShareRequest.SubjectType
            && int.TryParse(change.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var requestId)
                ? await db.ShareRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                : null;
        if (request is null)
        {
            // No grant without its request: the step is refused and nothing is written.
            throw SubjectMissing.For(change.Instance);
        }

        switch (change.Instance.State)
        {
            case ShareRequestWorkflowV1.Approved:
                var resource = await db.DataResources.SingleAsync(r => r.Id == request.DataResourceId, cancellationToken);
                var items = await db.DataItems.Where(i => i.DataResourceId == resource.Id && !i.IsRetired).ToListAsync(cancellationToken);
                var granted = ParseIds(ShareRequestArguments.GrantedItems.ListIn(change.Arguments));
                var validUntil = ShareRequestArguments.ValidUntil.DateIn(change.Arguments)
                    ?? throw new DomainRuleException(WorkflowResult.ArgumentRequiredKey, ShareRequestArguments.ValidUntil.Name);
                db.ShareGrants.Add(request.Approve(
                    resource, items, granted, validUntil, change.Actor.UserId, ChinaTime.Today(time), time.GetUtcNow().UtcDateTime));
                break;
            case ShareRequestWorkflowV1.Refused:
                var basisId = ShareRequestArguments.LegalBasis.IdIn(change.Arguments) ?? 0;
                if (!await db.LegalBases.AnyAsync(b => b.Id == basisId && b.RetiredAt == null, cancellationToken))
                {
                    throw new DomainRuleException(SharingErrors.LegalBasisUnknown, basisId);
                }

                request.Refuse(basisId, change.Entry.Comment);
                break;
        }
    }

    private static List<int> ParseIds(IReadOnlyList<string> lines)
    {
        List<int> ids = [];
        foreach (var line in lines)
        {
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new DomainRuleException(SharingErrors.ItemNotOfResource, line, string.Empty);
            }

            ids.Add(id);
        }

        return ids;
    }
}
