using GovData.Domain.OpenData;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<DatasetRelease> DatasetReleases => Set<DatasetRelease>();
}
