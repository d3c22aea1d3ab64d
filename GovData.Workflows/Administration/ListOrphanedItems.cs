using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>An active colleague who can take an item over.</summary>
public sealed record HandoverCandidate(string UserId, string DisplayName, string Email);

/// <summary>One open item whose starter has been deactivated, with who may take it.</summary>
public sealed record OrphanedItem(
    long InstanceId,
    string DefinitionName,
    string Title,
    string State,
    DateOnly? DueOn,
    int Revision,
    string FormerUserId,
    string FormerUserName,
    int DepartmentId,
    string DepartmentName,
    bool WaitsForStarter,
    string? RequiredRole,
    IReadOnlyList<HandoverCandidate> Candidates);

/// <summary>
/// 待移交事项: the open instances started by a now deactivated staff member, in the departments the viewer supervises,
/// each with the active members of that department who could take it (those holding the role the item waits for, when
/// it waits for its starter). Nothing is moved automatically: the bureau decides (decision 0026).
/// </summary>
public sealed class ListOrphanedItems(IDbContextFactory<GovDataDbContext> contextFactory)
{
    private const int Limit = 200;

    public async Task<IReadOnlyList<OrphanedItem>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!HandoverAccess.MayList(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.ClosedAtUtc == null)
            .Join(db.Users.Where(u => u.DeactivatedAt != null && u.DepartmentId != null), i => i.StartedByUserId, u => u.Id, (i, u) => new { Instance = i, User = u })
            .OrderBy(x => x.Instance.DueOn == null).ThenBy(x => x.Instance.DueOn).ThenBy(x => x.Instance.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        rows = [.. rows.Where(r => HandoverAccess.MayHandOver(user, r.User.DepartmentId))];
        if (rows.Count == 0)
        {
            return [];
        }

        var departmentIds = rows.Select(r => r.User.DepartmentId!.Value).Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var colleagues = await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAt == null && u.DepartmentId != null && departmentIds.Contains(u.DepartmentId.Value))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, DepartmentId = u.DepartmentId!.Value })
            .ToListAsync(cancellationToken);
        var colleagueIds = colleagues.Select(c => c.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking()
                .Where(ur => colleagueIds.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name);
        return
        [
            .. rows.Select(r =>
            {
                var department = r.User.DepartmentId!.Value;
                var waits = r.Instance.IsAssignedToInitiator;
                var role = waits ? r.Instance.AssigneeRole : null;
                var candidates = colleagues
                    .Where(c => c.DepartmentId == department && (role is null || roles[c.Id].Contains(role)))
                    .Select(c => new HandoverCandidate(c.Id, c.DisplayName, c.Email ?? string.Empty))
                    .ToList();
                return new OrphanedItem(
                    r.Instance.Id, r.Instance.DefinitionName, r.Instance.Title ?? r.Instance.SubjectId, r.Instance.State, r.Instance.DueOn,
                    r.Instance.Revision, r.User.Id, r.User.DisplayName, department, names.GetValueOrDefault(department, string.Empty),
                    waits, role, candidates);
            }),
        ];
    }
}
