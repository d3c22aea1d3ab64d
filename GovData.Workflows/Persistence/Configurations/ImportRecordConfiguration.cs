using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Integration;
using GovData.Workflows.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.FileName).HasMaxLength(ImportRecord.FileNameMaxLength).IsRequired();
        builder.Property(r => r.FileSha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DepartmentApiKey>().WithMany().HasForeignKey(r => r.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DepartmentId, r.ImportedAtUtc });
    }
}
