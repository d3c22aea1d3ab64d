using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight;

public sealed record OverseenDepartment(int Id, string Name);

/// <summary>The departments an officer may order and whose oversight page it may open (its supervision); empty for others.</summary>
public sealed class ListOverseenDepartments(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<IReadOnlyList<OverseenDepartment>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!OversightAccess.IsBureau(user))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Departments.AsNoTracking().Where(d => d.DeactivatedAt == null);
        if (user.SupervisedDepartmentIds is { } supervised)
        {
            var ids = supervised.ToList();
            query = query.Where(d => ids.Contains(d.Id));
        }

        return await query.OrderBy(d => d.Code).Select(d => new OverseenDepartment(d.Id, d.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>One department's name, if the officer supervises it; else null.</summary>
    public async Task<string?> NameAsync(UserContext user, int departmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!OversightAccess.MayOversee(user, departmentId))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken);
    }
}
