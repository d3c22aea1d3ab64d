using System.Globalization;
using GovData.Domain;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// The department's CatalogManager submits the entry's open draft for review: every rule must pass (the violations are
/// returned, each naming its field); the review instance is started on the first submit and moved to Submitted — into
/// the bureau's /inbox, due in 10 working days. A returned draft is submitted again on the same instance.
/// Starting the instance and attaching it to the draft happen in one transaction; the Submit step is the runtime's own
/// transaction. If the process stops between the two, the draft holds an instance still in Draft (assigned to the
/// department's CatalogManagers) and the next submit fires Submit on it: never a second instance, never a stuck draft.
/// </summary>
public sealed class SubmitCatalogDraft(
    IDbContextFactory<GovDataDbContext> contextFactory, UnitOfWork unitOfWork, StartWorkflow start, FireTrigger fire)
{
    public const string SubjectType = "CatalogDraft";

    public async Task<CatalogResult> ExecuteAsync(UserContext user, int resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        CatalogDraft? draft;
        int providerDepartmentId;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var resource = await db.DataResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
            if (resource is null || !CatalogAccess.CanEdit(user, resource.ProviderDepartmentId))
            {
                return CatalogResult.Refused(CatalogErrors.NotFound, resourceId);
            }

            providerDepartmentId = resource.ProviderDepartmentId;
            draft = await db.CatalogDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.OpenForResourceId == resourceId, cancellationToken);
            if (draft is null || !draft.IsEditable)
            {
                return CatalogResult.Refused(draft is null ? CatalogErrors.NotFound : CatalogErrors.DraftInReview, resourceId);
            }

            var ownCode = await db.Departments.Where(d => d.Id == providerDepartmentId).Select(d => d.Code).SingleAsync(cancellationToken);
            var context = await CatalogReviewSubjectHandler.RuleContextAsync(db, draft, cancellationToken) with { OwnDepartmentCode = ownCode };
            var violations = CatalogRules.Validate(draft.Content(), context);
            if (violations.Count > 0)
            {
                return CatalogResult.Broken(violations);
            }
        }

        var instanceId = draft.WorkflowInstanceId ?? await StartAsync(user, draft, providerDepartmentId, cancellationToken);
        if (instanceId is null)
        {
            return CatalogResult.Refused(CatalogErrors.NotAllowed);
        }

        WorkflowResult fired;
        try
        {
            fired = await fire.ExecuteAsync(new FireTriggerRequest(instanceId.Value, CatalogReviewWorkflowV1.Submit), user, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            // A rule broken between the check above and the transaction (e.g. the code taken meanwhile).
            return CatalogResult.From(rule);
        }

        return fired.Succeeded
            ? CatalogResult.Done(resourceId, draft.Id, instanceId)
            : CatalogResult.Refused(fired.MessageKey ?? CatalogErrors.NotAllowed, [.. fired.Arguments]);
    }

    /// <summary>The review instance of the draft: started and attached in one transaction, or the one a half-done earlier
    /// submit left (started, but the draft not attached — only possible before this was one transaction).</summary>
    private async Task<long?> StartAsync(UserContext user, CatalogDraft draft, int providerDepartmentId, CancellationToken cancellationToken)
    {
        var subjectId = draft.Id.ToString(CultureInfo.InvariantCulture);
        var content = draft.Content();
        // The inbox and the instance page name the entry, not the draft's number.
        var title = $"{content.Name}（{content.Code}）";
        return await unitOfWork.RunAsync(user, (db, ct) => StartInAsync(db, user, draft, providerDepartmentId, subjectId, title, ct), cancellationToken);
    }

    private async Task<long?> StartInAsync(
        GovDataDbContext db, UserContext user, CatalogDraft draft, int providerDepartmentId, string subjectId, string title, CancellationToken cancellationToken)
    {
        var tracked = await db.CatalogDrafts.SingleAsync(d => d.Id == draft.Id, cancellationToken);
        var existing = await db.WorkflowInstances
            .Where(i => i.DefinitionName == CatalogReviewWorkflowV1.DefinitionName && i.SubjectType == SubjectType && i.SubjectId == subjectId)
            .Select(i => (long?)i.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (tracked.WorkflowInstanceId is { } attached)
        {
            return attached;
        }

        if (existing is null)
        {
            var started = await start.ExecuteInAsync(
                db, new StartWorkflowRequest(
                    CatalogReviewWorkflowV1.DefinitionName, SubjectType, subjectId, providerDepartmentId, null,
                    Title: title[..Math.Min(title.Length, WorkflowInstance.TitleMaxLength)]),
                user,
                cancellationToken);
            if (!started.Succeeded || started.InstanceId is not { } newId)
            {
                return null;
            }

            existing = newId;
        }

        tracked.AttachWorkflow(existing.Value);
        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }
}
