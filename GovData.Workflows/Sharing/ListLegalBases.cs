using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record LegalBasisRow(int Id, string LawName, string Article, string Text, string Citation);

/// <summary>The register of laws and articles a refusal picks from: the entries in force (retired ones cannot be picked).</summary>
public sealed class ListLegalBases(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<LegalBasisRow>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.LegalBases.AsNoTracking().Where(b => b.RetiredAt == null).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(b => new LegalBasisRow(b.Id, b.LawName, b.Article, b.Text, b.Citation))];
    }
}
