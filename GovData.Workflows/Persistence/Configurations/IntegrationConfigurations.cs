using GovData.Domain.Departments;
using GovData.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class DepartmentApiKeyConfiguration : IEntityTypeConfiguration<DepartmentApiKey>
{
    public void Configure(EntityTypeBuilder<DepartmentApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(DepartmentApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeySecret.PrefixLength).IsRequired();
        builder.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(k => k.RevokedByUserId).HasMaxLength(450);
        builder.HasOne<Department>().WithMany().HasForeignKey(k => k.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasIndex(k => k.DepartmentId);
    }
}
