using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Proposals;

public sealed record ProposalRow(
    int Id, int DepartmentId, string DepartmentName, RectificationViolation Violation, ProposalStatus Status, DateOnly FirstDetectedOn,
    DateOnly LastDetectedOn, int EvidenceCount, string? DismissalReason, int? OrderId);

public sealed record ProposalPage(IReadOnlyList<ProposalRow> Rows, int TotalCount);

/// <summary>The bureau's proposals (server-paged, most recently detected first), for the departments it supervises;
/// <see cref="EvidenceAsync"/> the links of one, to pre-fill the order. Nobody else sees proposals.</summary>
public sealed class ListProposals(IDbContextFactory<GovDataDbContext> contexts)
{
    public const int MaxPageSize = 100;

    public async Task<ProposalPage> ExecuteAsync(
        UserContext user, ProposalStatus? status, int? departmentId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!OversightAccess.IsBureau(user))
        {
            return new ProposalPage([], 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.RectificationProposals.AsNoTracking();
        if (user.SupervisedDepartmentIds is { } supervised)
        {
            var ids = supervised.ToList();
            query = query.Where(p => ids.Contains(p.DepartmentId));
        }

        if (departmentId is { } department)
        {
            query = query.Where(p => p.DepartmentId == department);
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var rows = await (
            from p in query.OrderByDescending(p => p.LastDetectedOn).ThenByDescending(p => p.Id).Skip(Math.Max(0, page) * size).Take(size)
            join d in db.Departments on p.DepartmentId equals d.Id
            select new ProposalRow(p.Id, p.DepartmentId, d.Name, p.Violation, p.Status, p.FirstDetectedOn, p.LastDetectedOn, p.EvidenceCount, p.DismissalReason, p.OrderId))
            .ToListAsync(cancellationToken);
        return new ProposalPage([.. rows.OrderByDescending(r => r.LastDetectedOn).ThenByDescending(r => r.Id)], total);
    }

    /// <summary>One proposal and its evidence links (at most <paramref name="max"/>), for a bureau that supervises it; else null.</summary>
    public async Task<(ProposalRow Proposal, IReadOnlyList<EvidenceLink> Evidence)?> WithEvidenceAsync(
        UserContext user, int id, int max = Orders.OrderEvidence.MaxLinks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (
            from p in db.RectificationProposals.AsNoTracking().Where(p => p.Id == id)
            join d in db.Departments on p.DepartmentId equals d.Id
            select new ProposalRow(p.Id, p.DepartmentId, d.Name, p.Violation, p.Status, p.FirstDetectedOn, p.LastDetectedOn, p.EvidenceCount, p.DismissalReason, p.OrderId))
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || !OversightAccess.MayOversee(user, row.DepartmentId))
        {
            return null;
        }

        var evidence = await db.ProposalEvidence.AsNoTracking().Where(e => e.ProposalId == id).OrderBy(e => e.Id).Take(max)
            .Select(e => new { e.Kind, e.ReferenceId }).ToListAsync(cancellationToken);
        return (row, [.. evidence.Select(e => new EvidenceLink(e.Kind, e.ReferenceId))]);
    }
}
