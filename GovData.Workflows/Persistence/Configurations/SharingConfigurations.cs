using GovData.Domain.Departments;
using GovData.Domain.Legal;
using GovData.Domain.Resources;
using GovData.Domain.Sharing;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> builder)
    {
        builder.ToTable("LegalBases");
        builder.Property(b => b.LawName).HasMaxLength(LegalBasis.LawNameMaxLength).IsRequired();
        builder.Property(b => b.Article).HasMaxLength(LegalBasis.ArticleMaxLength).IsRequired();
        builder.Property(b => b.Clause).HasMaxLength(LegalBasis.ClauseMaxLength).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(b => b.Text).HasMaxLength(LegalBasis.TextMaxLength).IsRequired();
        builder.Ignore(b => b.Citation);
        builder.Ignore(b => b.IsRetired);
        builder.HasIndex(b => new { b.LawName, b.Article, b.Clause }).IsUnique();
    }
}

internal sealed class ShareRequestConfiguration : IEntityTypeConfiguration<ShareRequest>
{
    public void Configure(EntityTypeBuilder<ShareRequest> builder)
    {
        builder.Property(r => r.RequesterUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.Purpose).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.DutyBasis).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.WantedItemIds).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.RefusalReason).HasMaxLength(2000);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(r => r.DataResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.RequestingDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(r => r.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegalBasis>().WithMany().HasForeignKey(r => r.RefusalLegalBasisId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequesterUserId, r.CreatedAtUtc });
        builder.HasIndex(r => new { r.RequestingDepartmentId, r.CreatedAtUtc });
    }
}

internal sealed class ShareGrantConfiguration : IEntityTypeConfiguration<ShareGrant>
{
    public void Configure(EntityTypeBuilder<ShareGrant> builder)
    {
        builder.Property(g => g.GrantedItemIds).HasMaxLength(2000).IsRequired();
        builder.Property(g => g.Purpose).HasMaxLength(1000).IsRequired();
        builder.Property(g => g.DutyBasis).HasMaxLength(1000).IsRequired();
        builder.Property(g => g.IssuedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<DataResource>().WithMany().HasForeignKey(g => g.DataResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(g => g.GranteeDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShareRequest>().WithMany().HasForeignKey(g => g.ShareRequestId).OnDelete(DeleteBehavior.Restrict);

        // One grant per approved request, even if the handler ran twice.
        builder.HasIndex(g => g.ShareRequestId).IsUnique();
        builder.HasIndex(g => new { g.GranteeDepartmentId, g.ValidUntil });
        builder.HasIndex(g => new { g.DataResourceId, g.ValidUntil });
    }
}
