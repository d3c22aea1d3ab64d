using GovData.Domain.Departments;
using GovData.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(IssuedDocument.MaxNumberLength).IsRequired();
        builder.Property(d => d.Kind).HasMaxLength(IssuedDocument.MaxKindLength).IsRequired();
        builder.Property(d => d.SubjectType).HasMaxLength(IssuedDocument.MaxSubjectTypeLength).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(IssuedDocument.MaxTitleLength).IsRequired();
        builder.Property(d => d.VerificationCode).HasMaxLength(VerificationCode.MaxFormattedLength).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.IssuedByUserId).HasMaxLength(450);
        builder.Property(d => d.Content).IsRequired();
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.HasIndex(d => new { d.SubjectType, d.SubjectId });
        builder.HasIndex(d => new { d.Kind, d.IssuedAtUtc });
    }
}
