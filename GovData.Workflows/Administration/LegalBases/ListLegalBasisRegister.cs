using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.LegalBases;

/// <summary>One entry of the register as the SystemAdmin edits it: with how often decisions cite it.</summary>
public sealed record LegalBasisRegisterRow(
    int Id, string LawName, string Article, string Clause, string Text, string Citation, DateTime? RetiredAt, int Citations)
{
    public bool IsRetired => RetiredAt is not null;

    /// <summary>A cited entry is never rewritten or deleted: it is retired instead (and a corrected one added).</summary>
    public bool IsCited => Citations > 0;
}

/// <summary>The whole legal-basis register, entries in force first, then by law and article (SystemAdmin only).</summary>
public sealed class ListLegalBasisRegister(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<LegalBasisRegisterRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var citations = await LegalBasisCitations.CountAsync(db, cancellationToken);
        var bases = await db.LegalBases.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. bases.OrderBy(b => b.IsRetired).ThenBy(b => b.LawName, StringComparer.Ordinal).ThenBy(b => b.Id)
                .Select(b => new LegalBasisRegisterRow(
                    b.Id, b.LawName, b.Article, b.Clause, b.Text, b.Citation, b.RetiredAt, citations.GetValueOrDefault(b.Id))),
        ];
    }
}
