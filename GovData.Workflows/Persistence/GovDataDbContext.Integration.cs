using GovData.Domain.Integration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<DepartmentApiKey> DepartmentApiKeys => Set<DepartmentApiKey>();
}
