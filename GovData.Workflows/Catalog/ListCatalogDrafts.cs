using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>One open draft of the department: <see cref="DueOn"/> is the review's deadline while it is in review.</summary>
public sealed record DepartmentDraftRow(
    int ResourceId,
    int DraftId,
    string Code,
    string Name,
    bool IsRevision,
    CatalogDraftStatus Status,
    DateTime SavedAtUtc,
    DateOnly? DueOn,
    long? InstanceId,
    string? ReturnComment);

/// <summary>The department's open drafts (editing, in review, returned — with the bureau's comment), newest first; for its CatalogManagers only.</summary>
public sealed class ListCatalogDrafts(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DepartmentDraftRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId is not { } departmentId)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var drafts = await (
            from draft in db.CatalogDrafts.AsNoTracking()
            join resource in db.DataResources.AsNoTracking() on draft.DataResourceId equals resource.Id
            where draft.OpenForResourceId != null && resource.ProviderDepartmentId == departmentId
            join instance in db.WorkflowInstances.AsNoTracking() on draft.WorkflowInstanceId equals (long?)instance.Id into instances
            from instance in instances.DefaultIfEmpty()
            select new { draft, DueOn = instance == null ? null : instance.DueOn })
            .ToListAsync(cancellationToken);
        var returnedIds = drafts.Where(d => d.draft.Status == CatalogDraftStatus.Returned && d.draft.WorkflowInstanceId != null)
            .Select(d => d.draft.WorkflowInstanceId!.Value).ToList();
        var comments = (await db.WorkflowJournal.AsNoTracking()
                .Where(e => returnedIds.Contains(e.InstanceId) && e.Trigger == CatalogReviewWorkflowV1.Return)
                .Select(e => new { e.InstanceId, e.Sequence, e.Comment })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.InstanceId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Sequence)!.Comment);
        return [.. drafts
            .Select(d => (d.draft, d.DueOn, Content: d.draft.Content()))
            .OrderByDescending(d => d.draft.UpdatedAtUtc)
            .Select(d => new DepartmentDraftRow(
                d.draft.DataResourceId, d.draft.Id, d.Content.Code, d.Content.Name, d.draft.BaseVersion > 0, d.draft.Status, d.draft.UpdatedAtUtc,
                d.draft.Status == CatalogDraftStatus.Submitted ? d.DueOn : null, d.draft.WorkflowInstanceId,
                d.draft.WorkflowInstanceId is { } id ? comments.GetValueOrDefault(id) : null))];
    }
}
