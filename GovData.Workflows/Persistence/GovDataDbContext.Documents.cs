using GovData.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
}
