using System.Globalization;
using GovData.Domain;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Definitions;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// The sharing side of a share request's process, inside the runtime's transaction: on Approved the grant (the items of
/// argument <c>grantedItems</c> — data item ids, one per line — valid until <c>validUntil</c>); on Refused the legal
/// basis (argument <c>legalBasis</c>: an id of the register) and the reason (the comment, required). A rule broken here
/// throws <see cref="DomainRuleException"/>, which rolls the whole change back.
/// </summary>
public sealed class ShareRequestSubjectHandler(TimeProvider time) : IWorkflowSubjectHandler
{
    public string DefinitionName => ShareRequestWorkflowV1.DefinitionName;

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Instance.SubjectType != SubmitShareRequest.SubjectType
            || !int.TryParse(change.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var requestId))
        {
            return;
        }

        var db = change.Db;
        var request = await db.ShareRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return;
        }

        switch (change.Instance.State)
        {
            case ShareRequestWorkflowV1.Approved:
                var resource = await db.DataResources.SingleAsync(r => r.Id == request.DataResourceId, cancellationToken);
                var items = await db.DataItems.Where(i => i.DataResourceId == resource.Id && !i.IsRetired).ToListAsync(cancellationToken);
                var granted = ParseIds(change.Arguments.GetValueOrDefault("grantedItems"));
                var validUntil = DateOnly.ParseExact(change.Arguments["validUntil"].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                db.ShareGrants.Add(request.Approve(
                    resource, items, granted, validUntil, change.Actor.UserId, ChinaTime.Today(time), time.GetUtcNow().UtcDateTime));
                break;
            case ShareRequestWorkflowV1.Refused:
                var basisId = int.TryParse(change.Arguments.GetValueOrDefault("legalBasis"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
                if (!await db.LegalBases.AnyAsync(b => b.Id == basisId, cancellationToken))
                {
                    throw new DomainRuleException(SharingErrors.LegalBasisUnknown, basisId);
                }

                request.Refuse(basisId, change.Entry.Comment);
                break;
        }
    }

    private static List<int> ParseIds(string? value)
    {
        List<int> ids = [];
        foreach (var line in (value ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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
