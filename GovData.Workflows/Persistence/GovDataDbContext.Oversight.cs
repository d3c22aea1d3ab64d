using GovData.Domain.Oversight;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<RectificationProposal> RectificationProposals => Set<RectificationProposal>();

    public DbSet<ProposalEvidence> ProposalEvidence => Set<ProposalEvidence>();
}
