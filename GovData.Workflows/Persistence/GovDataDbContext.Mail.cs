using GovData.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
}
