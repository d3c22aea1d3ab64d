using System.Globalization;
using GovData.Domain;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Domain.Time;
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
public sealed class CatalogReviewSubjectHandler(TimeProvider time) : IWorkflowSubjectHandler
{
    private static readonly HashSet<string> BureauTriggers = new(StringComparer.Ordinal)
    {
        CatalogReviewWorkflowV1.Publish, CatalogReviewWorkflowV1.Return, WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline,
    };

    public string DefinitionName => CatalogReviewWorkflowV1.DefinitionName;

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Instance.SubjectType != SubmitCatalogDraft.SubjectType
            || !int.TryParse(change.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var draftId))
        {
            return;
        }

        var db = change.Db;
        if (BureauTriggers.Contains(change.Entry.Trigger))
        {
            await EnsureResponsibleBureauAsync(change, cancellationToken);
        }

        // Operations (reassign, set deadline, recomputed deadlines) keep the state: the draft has nothing to do.
        if (change.Entry.FromState == change.Entry.ToState)
        {
            return;
        }

        var draft = await db.CatalogDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null)
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
        var departments = await change.Db.Departments.AsNoTracking()
            .Where(d => d.Id == change.Instance.ProviderDepartmentId || d.Id == change.Actor.DepartmentId)
            .ToListAsync(cancellationToken);
        var provider = departments.Single(d => d.Id == change.Instance.ProviderDepartmentId);
        var bureau = departments.SingleOrDefault(d => d.Id == change.Actor.DepartmentId);
        if (bureau is null || !CatalogReviewBureau.MayReview(bureau, provider))
        {
            throw new DomainRuleException(CatalogReviewBureau.WrongBureau, bureau?.Name ?? string.Empty, provider.Name);
        }
    }
}
