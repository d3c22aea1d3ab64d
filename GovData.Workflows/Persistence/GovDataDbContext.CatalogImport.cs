using GovData.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
}
