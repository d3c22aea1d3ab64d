using GovData.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<DeadlineNotice> DeadlineNotices => Set<DeadlineNotice>();
}
