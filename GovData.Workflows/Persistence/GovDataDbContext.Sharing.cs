using GovData.Domain.Legal;
using GovData.Domain.Resources;
using GovData.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<DataItem> DataItems => Set<DataItem>();

    public DbSet<LegalBasis> LegalBases => Set<LegalBasis>();

    public DbSet<ShareRequest> ShareRequests => Set<ShareRequest>();

    public DbSet<ShareGrant> ShareGrants => Set<ShareGrant>();
}
