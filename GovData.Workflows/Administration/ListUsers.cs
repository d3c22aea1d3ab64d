using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

public sealed record UserRow(
    string Id,
    string Email,
    string DisplayName,
    int? DepartmentId,
    string? Department,
    IReadOnlyList<string> Roles,
    bool IsActive,
    bool IsLockedOut,
    string? ExternalId = null);

/// <summary>The people of one department (or every account when no department is given), for the SystemAdmin.</summary>
public sealed class ListUsers(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<UserRow>> ExecuteAsync(UserContext user, int? departmentId, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (departmentId is { } id)
        {
            query = query.Where(u => u.DepartmentId == id);
        }

        var users = await query
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.DepartmentId,
                Department = db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                u.DeactivatedAt,
                u.LockoutEnd,
                u.ExternalId,
            })
            .Take(500)
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = time.GetUtcNow();
        return
        [
            .. users.Select(u => new UserRow(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                u.DepartmentId,
                u.Department,
                [.. rolesByUser[u.Id].OrderBy(r => r, StringComparer.Ordinal)],
                u.DeactivatedAt is null,
                u.DeactivatedAt is null && u.LockoutEnd is { } end && end > now,
                u.ExternalId)),
        ];
    }
}
