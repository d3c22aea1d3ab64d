using GovData.Domain.Resources;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<CatalogStalenessNotice> CatalogStalenessNotices => Set<CatalogStalenessNotice>();
}
