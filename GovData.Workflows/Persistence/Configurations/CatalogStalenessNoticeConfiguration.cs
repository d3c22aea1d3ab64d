using GovData.Domain.Departments;
using GovData.Domain.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class CatalogStalenessNoticeConfiguration : IEntityTypeConfiguration<CatalogStalenessNotice>
{
    public void Configure(EntityTypeBuilder<CatalogStalenessNotice> builder)
    {
        builder.HasOne<Department>().WithMany().HasForeignKey(n => n.DepartmentId).OnDelete(DeleteBehavior.Cascade);

        // The claim: one staleness notice per department per day, however many times the job runs.
        builder.HasIndex(n => new { n.DepartmentId, n.OnDate }).IsUnique();
    }
}
