using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>The bureau dismisses a proposal with a reason (audited). Its evidence is never proposed again.</summary>
public sealed class DismissProposal(UnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<OversightResult> ExecuteAsync(UserContext user, int proposalId, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            return await unitOfWork.RunAsync(user, async (db, ct) =>
            {
                var proposal = await db.RectificationProposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
                if (proposal is null || !OversightAccess.MayOversee(user, proposal.DepartmentId))
                {
                    return OversightResult.Refused(Domain.Oversight.OversightErrors.NotFound);
                }

                proposal.Dismiss(reason, user.UserId, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return OversightResult.Done(proposal.Id);
            }, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return OversightResult.From(rule);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OversightResult.Refused(Domain.Oversight.OversightErrors.ProposalNotOpen, proposalId);
        }
    }
}
