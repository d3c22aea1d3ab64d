using GovData.Domain.Departments;
using GovData.Domain.Documents;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Resources;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class OpenDataApplicationConfiguration : IEntityTypeConfiguration<OpenDataApplication>
{
    public void Configure(EntityTypeBuilder<OpenDataApplication> builder)
    {
        builder.Property(a => a.ApplicantUserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.ApplicantName).HasMaxLength(ApplicantDetails.MaxNameLength).IsRequired();
        builder.Property(a => a.IdentityNumber).HasMaxLength(18);
        builder.Property(a => a.ContactName).HasMaxLength(ApplicantDetails.MaxContactLength).IsRequired();
        builder.Property(a => a.ContactPhone).HasMaxLength(40).IsRequired();
        builder.Property(a => a.ContactEmail).HasMaxLength(ApplicantDetails.MaxContactLength).IsRequired();
        builder.Property(a => a.Purpose).HasMaxLength(OpenDataApplication.MaxTextLength).IsRequired();
        builder.Property(a => a.UseScenario).HasMaxLength(OpenDataApplication.MaxTextLength).IsRequired();
        builder.Property(a => a.WantedItemIds).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.GrantedItemIds).HasMaxLength(2000);
        builder.Property(a => a.RefusalReason).HasMaxLength(OpenDataApplication.MaxTextLength);
        builder.Property(a => a.RefusalLegalBasisIds).HasMaxLength(500);
        builder.Property(a => a.MaterialRequested).HasMaxLength(OpenDataApplication.MaxTextLength);
        builder.Property(a => a.MaterialSupplied).HasMaxLength(OpenDataApplication.MaxTextLength);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(a => a.DataResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(a => a.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(a => a.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssuedDocument>().WithMany().HasForeignKey(a => a.ReplyDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ApplicantUserId, a.SubmittedAtUtc });

        // The lapse sweep reads the applications whose day to supply material has passed.
        builder.HasIndex(a => a.MaterialDueOn);
    }
}

internal sealed class OpenDataDownloadConfiguration : IEntityTypeConfiguration<OpenDataDownload>
{
    public void Configure(EntityTypeBuilder<OpenDataDownload> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.ItemIds).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Format).HasMaxLength(16).IsRequired();
        builder.HasOne<OpenDataApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ApplicationId, d.AtUtc });
    }
}
