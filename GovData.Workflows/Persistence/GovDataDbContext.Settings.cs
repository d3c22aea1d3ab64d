using GovData.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<StoredSetting> StoredSettings => Set<StoredSetting>();
}
