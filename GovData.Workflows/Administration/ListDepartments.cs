using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>One department on the admin page: where it sits, who supervises it, its people and its Art. 31 record.</summary>
public sealed record DepartmentRow(
    int Id,
    string Code,
    string Name,
    DepartmentLevel Level,
    DepartmentKind Kind,
    int? ParentId,
    bool IsActive,
    int ActiveUsers,
    string? ResponsibleBureau,
    string? SecurityOfficerUserId,
    DateOnly? LastSecurityAssessmentOn,
    DateOnly? LastDrillOn,
    string? SecurityOfficer,
    EmergencyPlanRef? EmergencyPlan = null)
{
    /// <summary>Art. 31: an assessment or drill missing or too old (<see cref="SecurityReviewOptions"/>; the reminder's condition).</summary>
    public bool SecurityOverdue(DateOnly today, int maxAgeMonths = SecurityReviewOptions.DefaultMaxAgeMonths) =>
        Department.SecurityReviewDue(LastSecurityAssessmentOn, LastDrillOn, today, maxAgeMonths);
}

/// <summary>The emergency plan in force (the newest stored version) of a department.</summary>
public sealed record EmergencyPlanRef(int Id, string FileName, DateTime UploadedAtUtc);

/// <summary>The department tree for the SystemAdmin, parents before children, siblings by code.</summary>
public sealed class ListDepartments(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DepartmentRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var nodes = await DepartmentNodes.LoadAsync(db, cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.DepartmentId != null && u.DeactivatedAt == null)
            .GroupBy(u => u.DepartmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var officerIds = departments.Where(d => d.SecurityOfficerUserId != null).Select(d => d.SecurityOfficerUserId!).ToList();
        var officers = await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var plans = (await db.EmergencyPlans.AsNoTracking()
                .Select(p => new { p.Id, p.DepartmentId, p.FileName, p.UploadedAtUtc }).ToListAsync(cancellationToken))
            .GroupBy(p => p.DepartmentId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.UploadedAtUtc).ThenByDescending(p => p.Id).Select(p => new EmergencyPlanRef(p.Id, p.FileName, p.UploadedAtUtc)).First());
        var rows = departments.Select(d => new DepartmentRow(
            d.Id,
            d.Code,
            d.Name,
            d.Level,
            d.Kind,
            d.ParentId,
            d.IsActive,
            users.GetValueOrDefault(d.Id),
            DepartmentTree.ResponsibleBureau(nodes, d.Id, d.ParentId)?.Name,
            d.SecurityOfficerUserId,
            d.LastSecurityAssessmentOn,
            d.LastDrillOn,
            d.SecurityOfficerUserId is { } officer ? officers.GetValueOrDefault(officer) : null,
            plans.GetValueOrDefault(d.Id))).ToList();
        return InTreeOrder(rows);
    }

    private static List<DepartmentRow> InTreeOrder(List<DepartmentRow> rows)
    {
        var children = rows.ToLookup(r => r.ParentId);
        var ordered = new List<DepartmentRow>(rows.Count);
        var ids = rows.Select(r => r.Id).ToHashSet();

        void Walk(int? parentId)
        {
            foreach (var row in children[parentId].OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                ordered.Add(row);
                Walk(row.Id);
            }
        }

        Walk(null);
        // A parent id that points nowhere cannot happen (foreign key), but a row must never vanish from the page.
        ordered.AddRange(rows.Where(r => r.ParentId is { } p && !ids.Contains(p)));
        return ordered;
    }
}
