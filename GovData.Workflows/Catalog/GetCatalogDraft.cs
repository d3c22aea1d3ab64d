using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// What the editor opens: the entry's open draft (its content, revision and status, and the bureau's comment when it
/// was returned), or — for a published entry without one — the live content to start a revision from (revision null:
/// saving creates the draft). <see cref="Editable"/> is false while the draft is in review.
/// </summary>
public sealed record CatalogDraftView(
    int ResourceId,
    int? DraftId,
    int? Revision,
    CatalogDraftStatus? Status,
    int BaseVersion,
    CatalogEntryContent Content,
    long? InstanceId,
    string? ReturnComment,
    string? ReturnedBy,
    DateTime? ReturnedAtUtc)
{
    public bool Editable => Status is null or CatalogDraftStatus.Editing or CatalogDraftStatus.Returned;
}

/// <summary>Loads an entry for the editor; only the providing department's CatalogManager gets it (null otherwise: not found).</summary>
public sealed class GetCatalogDraft(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<CatalogDraftView?> ExecuteAsync(UserContext user, int resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resource = await db.DataResources.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        if (resource is null || !CatalogAccess.CanEdit(user, resource.ProviderDepartmentId) || resource.Status == CatalogStatus.Retired)
        {
            return null;
        }

        var draft = await db.CatalogDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.OpenForResourceId == resourceId, cancellationToken);
        if (draft is null)
        {
            return new CatalogDraftView(resource.Id, null, null, null, resource.CurrentVersion, resource.ToContent(), null, null, null, null);
        }

        var returned = draft.Status == CatalogDraftStatus.Returned && draft.WorkflowInstanceId is { } instanceId
            ? await db.WorkflowJournal.AsNoTracking()
                .Where(e => e.InstanceId == instanceId && e.Trigger == CatalogReviewWorkflowV1.Return)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Comment, e.ActorName, e.OccurredAtUtc })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return new CatalogDraftView(
            resource.Id, draft.Id, draft.Revision, draft.Status, draft.BaseVersion, draft.Content(), draft.WorkflowInstanceId,
            returned?.Comment, returned?.ActorName, returned?.OccurredAtUtc);
    }

    /// <summary>A blank entry of the user's department (provider code filled in), or null if the user may not create one.</summary>
    public async Task<CatalogEntryContent?> BlankAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId is not { } departmentId)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var code = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        return new CatalogEntryContent { ProviderCode = code, ShareMethod = ShareMethod.Interface, Items = [new CatalogItemContent()] };
    }
}
