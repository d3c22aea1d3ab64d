using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Seeding;

/// <summary>A demo user as the use cases see them (the demo seeders act through the real use cases).</summary>
public static class DemoUserContext
{
    public static async Task<UserContext> ForAsync(IDbContextFactory<GovDataDbContext> contextFactory, string email, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, role => role.Id, (_, role) => role.Name!)
            .ToListAsync(cancellationToken);
        var isBureau = user.DepartmentId is { } id && await db.Departments.AnyAsync(d => d.Id == id && d.Kind == Domain.Departments.DepartmentKind.DataBureau, cancellationToken);
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, isBureau, roles.ToHashSet(StringComparer.Ordinal));
    }
}
