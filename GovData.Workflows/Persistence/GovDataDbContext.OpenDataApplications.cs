using GovData.Domain.OpenData.Applications;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

public partial class GovDataDbContext
{
    public DbSet<OpenDataApplication> OpenDataApplications => Set<OpenDataApplication>();

    public DbSet<OpenDataDownload> OpenDataDownloads => Set<OpenDataDownload>();
}
