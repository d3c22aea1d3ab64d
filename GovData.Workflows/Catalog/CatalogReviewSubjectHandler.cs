using System.Globalization;
using GovData.Domain;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.OpenData.Portal;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// The catalog side of a review, inside the runtime's transaction: Submitted freezes the draft (rules checked again, so a
/// submit fired from the instance page cannot skip them); Returned needs a comment and reopens the draft; Published applies
/// the draft to the live entry and appends the version; Cancelled discards the draft. Every bureau step (decide, cancel,
/// reassign, set the deadline) must come from a bureau responsible for the providing department
/// (<see cref="CatalogReviewBureau"/>, decision 0015). A broken rule throws <see cref="DomainRuleException"/>, which rolls
/// the whole change back.
/// </summary>
public sealed class CatalogReviewSubjectHandler(TimeProvider time, IOpenCatalogChanges? openCatalog = null) : IWorkflowSubjectHandler
{
    private static readonly HashSet<string> BureauTriggers = new(StringComparer.Ordinal)
    {
        CatalogReviewWorkflowV1.Publish, CatalogReviewWorkflowV1.Return, WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline,
    };

    /// <summary>The subject's guard: a bureau step only from a bureau responsible for the provider (0015), so a district
    /// officer is not offered Publish or Return on a municipal entry.</summary>
    public async Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return !BureauTriggers.Contains(query.Trigger.Trigger)
            || await MayReviewAsync(query.Db, query.Instance.ProviderDepartmentId, query.User.DepartmentId, cancellationToken) is (true, _, _);
    }

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var db = change.Db;
        var draft = change.Instance.SubjectType == SubmitCatalogDraft.SubjectType
            && int.TryParse(change.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var draftId)
                ? await db.CatalogDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken)
                : null;
        if (draft is null)
        {
            // No review step without its draft: the step is refused and nothing is written.
            throw SubjectMissing.For(change.Instance);
        }

        if (BureauTriggers.Contains(change.Entry.Trigger))
        {
            await EnsureResponsibleBureauAsync(change, cancellationToken);
        }

        // Operations (reassign, set deadline, recomputed deadlines) keep the state: the draft has nothing to do.
        if (change.Entry.FromState == change.Entry.ToState)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        switch (change.Instance.State)
        {
            case CatalogReviewWorkflowV1.Submitted:
                CatalogRules.Ensure(draft.Content(), await RuleContextAsync(db, draft, cancellationToken));
                draft.Submit(now);
                break;
            case CatalogReviewWorkflowV1.Returned:
                if (string.IsNullOrWhiteSpace(change.Entry.Comment))
                {
                    throw new DomainRuleException(CatalogErrors.ReturnCommentRequired);
                }

                draft.Return(now);
                break;
            case CatalogReviewWorkflowV1.PublishedState:
                var resource = await db.DataResources.Include(r => r.Items).SingleAsync(r => r.Id == draft.DataResourceId, cancellationToken);
                var version = resource.Publish(
                    draft.Content(), await RuleContextAsync(db, draft, cancellationToken), change.Actor.UserId,
                    WorkflowSteps.ActorName(change.Actor), ChinaTime.Today(time), now);
                db.CatalogVersions.Add(version);
                draft.MarkPublished(now);
                db.OpenCatalogChanged(openCatalog);
                break;
            case CatalogReviewWorkflowV1.Cancelled:
                draft.Discard(now);
                break;
        }
    }

    /// <summary>Is the draft's code held by another entry (codes are unique city-wide)?</summary>
    internal static async Task<CatalogRuleContext> RuleContextAsync(GovDataDbContext db, CatalogDraft draft, CancellationToken cancellationToken)
    {
        var content = draft.Content();
        var taken = ResourceCode.TryParse(content.Code, out var code, out _)
            && await db.DataResources.AnyAsync(r => r.Code == code && r.Id != draft.DataResourceId, cancellationToken);
        return new CatalogRuleContext(CodeTaken: taken);
    }

    private static async Task EnsureResponsibleBureauAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        var (may, bureau, provider) = await MayReviewAsync(change.Db, change.Instance.ProviderDepartmentId, change.Actor.DepartmentId, cancellationToken);
        if (!may)
        {
            throw new DomainRuleException(CatalogReviewBureau.WrongBureau, bureau, provider);
        }
    }

    private static async Task<(bool May, string Bureau, string Provider)> MayReviewAsync(
        GovDataDbContext db, int providerId, int? bureauId, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.Id == providerId || d.Id == bureauId)
            .ToListAsync(cancellationToken);
        var provider = departments.Single(d => d.Id == providerId);
        var bureau = departments.SingleOrDefault(d => d.Id == bureauId);
        return (bureau is not null && CatalogReviewBureau.MayReview(bureau, provider), bureau?.Name ?? string.Empty, provider.Name);
    }
}
