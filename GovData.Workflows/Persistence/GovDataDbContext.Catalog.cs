using GovData.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<CatalogDraft> CatalogDrafts => Set<CatalogDraft>();

    public DbSet<CatalogVersion> CatalogVersions => Set<CatalogVersion>();
}
