using GovData.Domain.Disputes;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<DisputeStatement> DisputeStatements => Set<DisputeStatement>();

    public DbSet<DisputeMeeting> DisputeMeetings => Set<DisputeMeeting>();

    public DbSet<DisputeAttachment> DisputeAttachments => Set<DisputeAttachment>();
}
