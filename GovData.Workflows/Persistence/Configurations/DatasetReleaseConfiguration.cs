using GovData.Domain.OpenData;
using GovData.Domain.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class DatasetReleaseConfiguration : IEntityTypeConfiguration<DatasetRelease>
{
    public void Configure(EntityTypeBuilder<DatasetRelease> builder)
    {
        builder.HasOne<DataResource>().WithMany().HasForeignKey(r => r.DataResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.ItemIds);
        builder.Property(r => r.StoredFileName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.ItemIdList).HasMaxLength(8000).IsRequired();
        builder.Property(r => r.Sha256).HasMaxLength(DatasetRelease.Sha256HexLength).IsRequired();
        builder.Property(r => r.SourceEncoding).HasMaxLength(20).IsRequired();
        builder.Property(r => r.UploadedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.UploadedByName).HasMaxLength(256).IsRequired();

        // The current release is the highest number; two uploads finishing at once cannot both take it.
        builder.HasIndex(r => new { r.DataResourceId, r.Number }).IsUnique();
    }
}
