using GovData.Domain.Identity;
using GovData.Domain.Legal;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.LegalBases;

/// <summary>What the admin typed for an entry of the register.</summary>
public sealed record LegalBasisInput(string? LawName, string? Article, string? Clause, string? Text);

/// <summary>
/// Adds an entry to the legal-basis register, or corrects one no decision cites yet (a cited entry is retired and a new
/// one added, so old decisions keep their citation). The law, article and clause together are unique. Audited with the
/// reason.
/// </summary>
public sealed class SaveLegalBasis(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    /// <param name="id">null adds a new entry.</param>
    public async Task<AdminResult> ExecuteAsync(UserContext user, int? id, LegalBasisInput input, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        if (Problem(input) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var probe = new LegalBasis(input.LawName!, input.Article!, input.Text!, input.Clause);
        if (await db.LegalBases.AnyAsync(
                b => b.Id != (id ?? 0) && b.LawName == probe.LawName && b.Article == probe.Article && b.Clause == probe.Clause, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.LegalBasisDuplicate, probe.Citation);
        }

        LegalBasis basis;
        string audit;
        if (id is { } existingId)
        {
            var found = await db.LegalBases.SingleOrDefaultAsync(b => b.Id == existingId, cancellationToken);
            if (found is null)
            {
                return AdminResult.Refused(AdminErrors.LegalBasisNotFound);
            }

            if (await LegalBasisCitations.IsCitedAsync(db, existingId, cancellationToken))
            {
                return AdminResult.Refused(AdminErrors.LegalBasisCited, found.Citation);
            }

            audit = AuditSummary.Of(("from", found.Citation), ("to", probe.Citation), ("reason", reason.Trim()));
            found.Revise(probe.LawName, probe.Article, probe.Clause, probe.Text);
            basis = found;
        }
        else
        {
            basis = probe;
            db.LegalBases.Add(basis);
            audit = AuditSummary.Of(("citation", probe.Citation), ("reason", reason.Trim()));
        }

        db.RecordEvent(id is null ? AdminAudit.LegalBasisAdded : AdminAudit.LegalBasisRevised, nameof(LegalBasis), basis.Citation, audit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same citation between the check and the save: the unique index refused it.
            return AdminResult.Refused(AdminErrors.LegalBasisDuplicate, probe.Citation);
        }

        return AdminResult.Done();
    }

    private static AdminResult? Problem(LegalBasisInput input)
    {
        if (string.IsNullOrWhiteSpace(input.LawName) || string.IsNullOrWhiteSpace(input.Article) || string.IsNullOrWhiteSpace(input.Text))
        {
            return AdminResult.Refused(AdminErrors.LegalBasisFieldsRequired);
        }

        return input.LawName.Trim().Length > LegalBasis.LawNameMaxLength
            || input.Article.Trim().Length > LegalBasis.ArticleMaxLength
            || (input.Clause?.Trim().Length ?? 0) > LegalBasis.ClauseMaxLength
            || input.Text.Trim().Length > LegalBasis.TextMaxLength
            ? AdminResult.Refused(AdminErrors.LegalBasisTooLong, LegalBasis.LawNameMaxLength, LegalBasis.ArticleMaxLength, LegalBasis.ClauseMaxLength, LegalBasis.TextMaxLength)
            : null;
    }
}
