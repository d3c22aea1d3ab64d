using GovData.Domain.Identity;
using GovData.Domain.Legal;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.LegalBases;

/// <summary>What the admin does with an entry of the register.</summary>
public enum LegalBasisChange
{
    /// <summary>No longer offered to new decisions; decisions that cite it keep their citation.</summary>
    Retire = 1,

    /// <summary>Offered again.</summary>
    Reinstate = 2,

    /// <summary>Removed for good — only an entry no decision ever cited (a typo caught early).</summary>
    Delete = 3,
}

/// <summary>Retires, reinstates or deletes an entry of the legal-basis register (SystemAdmin, audited with the reason).</summary>
public sealed class ChangeLegalBasisStanding(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, int id, LegalBasisChange change, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var basis = await db.LegalBases.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (basis is null)
        {
            return AdminResult.Refused(AdminErrors.LegalBasisNotFound);
        }

        string audit;
        switch (change)
        {
            case LegalBasisChange.Retire when basis.IsRetired:
                return AdminResult.Refused(AdminErrors.LegalBasisAlreadyRetired, basis.Citation);
            case LegalBasisChange.Retire:
                basis.Retire(time.GetUtcNow().UtcDateTime);
                audit = AdminAudit.LegalBasisRetired;
                break;
            case LegalBasisChange.Reinstate when !basis.IsRetired:
                return AdminResult.Refused(AdminErrors.LegalBasisInForce, basis.Citation);
            case LegalBasisChange.Reinstate:
                basis.Reinstate();
                audit = AdminAudit.LegalBasisReinstated;
                break;
            case LegalBasisChange.Delete when await LegalBasisCitations.IsCitedAsync(db, id, cancellationToken):
                return AdminResult.Refused(AdminErrors.LegalBasisCited, basis.Citation);
            case LegalBasisChange.Delete:
                db.LegalBases.Remove(basis);
                audit = AdminAudit.LegalBasisDeleted;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }

        db.RecordEvent(audit, nameof(LegalBasis), basis.Citation, AuditSummary.Of(("reason", reason.Trim())));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Refused(AdminErrors.LegalBasisNotFound);
        }
        catch (DbUpdateException)
        {
            // A decision cited it between the check and the delete: the foreign key kept it.
            return AdminResult.Refused(AdminErrors.LegalBasisCited, basis.Citation);
        }

        return AdminResult.Done();
    }
}
