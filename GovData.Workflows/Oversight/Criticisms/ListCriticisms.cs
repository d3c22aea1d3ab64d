using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Criticisms;

public sealed record CriticismRow(
    int Id, int OrderId, int DepartmentId, string DepartmentName, RectificationViolation Violation, string Title, string Body,
    CriticismStatus Status, DateOnly OrderIssuedOn, DateOnly OrderDueOn, DateOnly DraftedOn, DateOnly? PublishedOn,
    DateTime? WithdrawnAtUtc, string? WithdrawalReason, int Revision);

public sealed record CriticismList(IReadOnlyList<CriticismRow> Rows, int TotalCount);

/// <summary>
/// Criticisms, server-paged, newest first. <see cref="PublishedAsync"/> is the public portal's list (anyone, signed in
/// or not: published ones only — a withdrawn one leaves the portal, its record stays with the bureau);
/// <see cref="ForBureauAsync"/> lists every state for the departments the officer supervises, optionally one
/// department; <see cref="GetAsync"/> one of them for the bureau.
/// </summary>
public sealed class ListCriticisms(IDbContextFactory<GovDataDbContext> contexts)
{
    public const int MaxPageSize = 100;

    public async Task<CriticismList> PublishedAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, db.PublicCriticisms.AsNoTracking().Where(c => c.Status == CriticismStatus.Published), page, pageSize, cancellationToken);
    }

    public async Task<CriticismList> ForBureauAsync(
        UserContext user, CriticismStatus? status, int? departmentId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!OversightAccess.IsBureau(user) || (departmentId is { } one && !user.SupervisesDepartment(one)))
        {
            return new CriticismList([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.PublicCriticisms.AsNoTracking();
        if (user.SupervisedDepartmentIds is { } supervised)
        {
            var ids = supervised.ToList();
            query = query.Where(c => ids.Contains(c.DepartmentId));
        }

        if (departmentId is { } department)
        {
            query = query.Where(c => c.DepartmentId == department);
        }

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        return await PageAsync(db, query, page, pageSize, cancellationToken);
    }

    public async Task<CriticismRow?> GetAsync(UserContext user, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Rows(db, db.PublicCriticisms.AsNoTracking().Where(c => c.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return row is not null && OversightAccess.MayOversee(user, row.DepartmentId) ? row : null;
    }

    private static IQueryable<CriticismRow> Rows(GovDataDbContext db, IQueryable<PublicCriticism> criticisms) =>
        from c in criticisms
        join d in db.Departments on c.DepartmentId equals d.Id
        select new CriticismRow(
            c.Id, c.OrderId, c.DepartmentId, d.Name, c.Violation, c.Title, c.Body, c.Status, c.OrderIssuedOn, c.OrderDueOn, c.DraftedOn,
            c.PublishedOn, c.WithdrawnAtUtc, c.WithdrawalReason, c.Revision);

    private static async Task<CriticismList> PageAsync(GovDataDbContext db, IQueryable<PublicCriticism> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var paged = query.OrderByDescending(c => c.PublishedOn ?? c.DraftedOn).ThenByDescending(c => c.Id)
            .Skip(Math.Max(0, page) * size).Take(size);
        var rows = await Rows(db, paged).ToListAsync(cancellationToken);
        rows = [.. rows.OrderByDescending(c => c.PublishedOn ?? c.DraftedOn).ThenByDescending(c => c.Id)];
        return new CriticismList(rows, total);
    }
}
