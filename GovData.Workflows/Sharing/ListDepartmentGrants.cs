using GovData.Domain.Identity;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record ShareGrantRow(
    int Id,
    string ResourceCode,
    string ResourceName,
    string DepartmentName,
    IReadOnlyList<string> Items,
    string Purpose,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    ShareGrantOrigin Origin,
    long? InstanceId,
    bool IsActive);

/// <summary>Which grants a list shows: the department's own (received) or those issued on its resources.</summary>
public enum GrantSide
{
    Received = 1,
    Issued = 2,
}

/// <summary>Reads grants of one department (the acting user's), received or issued, active or expired.</summary>
public sealed class ShareGrantQuery(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ShareGrantRow>> ExecuteAsync(UserContext user, GrantSide side, bool active, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated || user.DepartmentId is not { } department)
        {
            return [];
        }

        var today = ChinaTime.Today(time);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var grants = db.ShareGrants.AsNoTracking();
        var resources = db.DataResources.AsNoTracking();
        grants = side == GrantSide.Received
            ? grants.Where(g => g.GranteeDepartmentId == department)
            : grants.Where(g => resources.Any(r => r.Id == g.DataResourceId && r.ProviderDepartmentId == department));
        grants = active
            ? grants.Where(g => g.RevokedAtUtc == null && g.ValidFrom <= today && g.ValidUntil >= today)
            : grants.Where(g => g.RevokedAtUtc != null || g.ValidUntil < today);
        var rows = await (
            from grant in grants
            join resource in resources on grant.DataResourceId equals resource.Id
            join other in db.Departments on (side == GrantSide.Received ? resource.ProviderDepartmentId : grant.GranteeDepartmentId) equals other.Id
            orderby grant.ValidUntil, grant.Id
            select new { grant, resource.Code, resource.Name, Other = other.Name })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        var itemIds = rows.SelectMany(r => r.grant.Granted()).Distinct().ToList();
        var names = await db.DataItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return [.. rows.Select(r => new ShareGrantRow(
            r.grant.Id, r.Code.Value, r.Name, r.Other, [.. r.grant.Granted().Select(id => names.GetValueOrDefault(id, "#" + id))],
            r.grant.Purpose, r.grant.ValidFrom, r.grant.ValidUntil, r.grant.Origin, r.grant.WorkflowInstanceId, r.grant.IsActiveOn(today)))];
    }
}

/// <summary>本部门权限: grants my department holds (active or expired); the other department is the provider.</summary>
public sealed class ListDepartmentGrants(ShareGrantQuery query)
{
    public Task<IReadOnlyList<ShareGrantRow>> ExecuteAsync(UserContext user, bool active, CancellationToken cancellationToken = default) =>
        query.ExecuteAsync(user, GrantSide.Received, active, cancellationToken);
}
