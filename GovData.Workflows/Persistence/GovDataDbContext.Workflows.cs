using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowJournalEntry> WorkflowJournal => Set<WorkflowJournalEntry>();
}
