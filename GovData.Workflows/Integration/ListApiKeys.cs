using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Integration;

/// <summary>One key as the list shows it: never the secret or its hash.</summary>
public sealed record ApiKeyRow(
    int Id,
    int DepartmentId,
    string DepartmentName,
    string Name,
    string Prefix,
    string CreatedByName,
    DateTime CreatedAtUtc,
    DateTime? LastUsedAtUtc,
    DateTime? ExpiresAtUtc,
    DateTime? RevokedAtUtc,
    ApiKeyStatus Status);

/// <summary>The department's keys (its CatalogManager) or every key (SystemAdmin); newest first.</summary>
public sealed class ListApiKeys(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<ApiKeyRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!IntegrationAccess.CanList(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var keys = db.DepartmentApiKeys.AsNoTracking();
        if (!IntegrationAccess.SeesAll(user))
        {
            var departmentId = user.DepartmentId!.Value;
            keys = keys.Where(k => k.DepartmentId == departmentId);
        }

        var rows = await keys
            .Join(db.Departments, k => k.DepartmentId, d => d.Id, (k, d) => new { Key = k, DepartmentName = d.Name })
            .GroupJoin(db.Users, x => x.Key.CreatedByUserId, u => u.Id, (x, users) => new { x.Key, x.DepartmentName, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new
            {
                x.Key.Id,
                x.Key.DepartmentId,
                x.DepartmentName,
                x.Key.Name,
                x.Key.Prefix,
                CreatedBy = u == null ? x.Key.CreatedByUserId : u.DisplayName,
                x.Key.CreatedAtUtc,
                x.Key.LastUsedAtUtc,
                x.Key.ExpiresAtUtc,
                x.Key.RevokedAtUtc,
            })
            .OrderByDescending(k => k.Id)
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        return
        [
            .. rows.Select(k => new ApiKeyRow(
                k.Id, k.DepartmentId, k.DepartmentName, k.Name, k.Prefix, k.CreatedBy, k.CreatedAtUtc, k.LastUsedAtUtc,
                k.ExpiresAtUtc, k.RevokedAtUtc, DepartmentApiKey.StatusOf(k.RevokedAtUtc, k.ExpiresAtUtc, now))),
        ];
    }
}
