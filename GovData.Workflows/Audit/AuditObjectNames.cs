using System.Globalization;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>
/// Names the objects of a page of audit rows in words, with a page to open where there is one: a user by display name,
/// a resource, a department, a workflow instance by title, a share request or grant and a catalog draft or version by
/// their resource. One query per kind present on the page; keys of other kinds stay unnamed.
/// </summary>
internal static class AuditObjectNames
{
    public static async Task<IReadOnlyList<AuditLogRow>> NameAsync(GovDataDbContext db, IReadOnlyList<AuditLogRow> rows, CancellationToken cancellationToken)
    {
        List<int> Ints(params string[] types) =>
            [.. rows.Where(r => types.Contains(r.EntityType)).Select(r => int.TryParse(FirstKey(r), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct()];

        var userIds = rows.Where(r => r.EntityType is "ApplicationUser" or "IdentityUserRole").Select(FirstKey).Distinct(StringComparer.Ordinal).ToList();
        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var departmentIds = Ints("Department");
        var departments = departmentIds.Count == 0 ? [] : await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        var instanceIds = Ints("WorkflowInstance").Select(i => (long)i).ToList();
        var instances = instanceIds.Count == 0 ? [] : await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title ?? i.SubjectId, cancellationToken);

        var requestIds = Ints("ShareRequest");
        var requests = requestIds.Count == 0 ? [] : await db.ShareRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new { r.DataResourceId, r.WorkflowInstanceId }, cancellationToken);

        var grantIds = Ints("ShareGrant");
        var grants = grantIds.Count == 0 ? [] : await db.ShareGrants.AsNoTracking().Where(g => grantIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.DataResourceId, cancellationToken);

        var draftIds = Ints("CatalogDraft");
        var drafts = draftIds.Count == 0 ? [] : await db.CatalogDrafts.AsNoTracking().Where(d => draftIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.DataResourceId, cancellationToken);

        var versionIds = Ints("CatalogVersion").Select(i => (long)i).ToList();
        var versions = versionIds.Count == 0 ? [] : await db.CatalogVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => (int)v.Id, v => v.DataResourceId, cancellationToken);

        var resourceIds = Ints("DataResource").Concat(requests.Values.Select(r => r.DataResourceId)).Concat(grants.Values).Concat(drafts.Values).Concat(versions.Values).Distinct().ToList();
        var resources = resourceIds.Count == 0 ? [] : await db.DataResources.AsNoTracking().Where(r => resourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);

        AuditLogRow Resource(AuditLogRow row, int resourceId) =>
            row with { ObjectName = resources.GetValueOrDefault(resourceId), Link = new AuditLink(AuditObjectKinds.DataResource, resourceId) };

        return
        [
            .. rows.Select(row =>
            {
                var key = FirstKey(row);
                _ = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
                return row.EntityType switch
                {
                    "ApplicationUser" or "IdentityUserRole" => row with { ObjectName = users.GetValueOrDefault(key) },
                    "Department" => row with { ObjectName = departments.GetValueOrDefault(id) },
                    "DataResource" when resources.ContainsKey(id) => Resource(row, id),
                    "WorkflowInstance" when instances.TryGetValue(id, out var title) =>
                        row with { ObjectName = title, Link = new AuditLink(AuditObjectKinds.WorkflowInstance, id) },
                    "ShareRequest" when requests.TryGetValue(id, out var request) => row with
                    {
                        ObjectName = resources.GetValueOrDefault(request.DataResourceId),
                        Link = request.WorkflowInstanceId is { } instance ? new AuditLink(AuditObjectKinds.WorkflowInstance, instance) : null,
                    },
                    "ShareGrant" when grants.TryGetValue(id, out var granted) => row with { ObjectName = resources.GetValueOrDefault(granted) },
                    "CatalogDraft" when drafts.TryGetValue(id, out var drafted) => Resource(row, drafted),
                    "CatalogVersion" when versions.TryGetValue(id, out var versioned) => Resource(row, versioned),
                    _ => row,
                };
            }),
        ];
    }

    private static string FirstKey(AuditLogRow row) => (row.EntityKey ?? string.Empty).Split(',')[0];
}
