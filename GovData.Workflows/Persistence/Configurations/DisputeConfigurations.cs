using GovData.Domain.Departments;
using GovData.Domain.Disputes;
using GovData.Domain.Resources;
using GovData.Domain.Sharing;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.Property(d => d.Claim).HasMaxLength(Dispute.ClaimMaxLength).IsRequired();
        builder.Property(d => d.FiledByUserId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.OrderedItemIds).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.OrderedPurpose).HasMaxLength(Dispute.TextMaxLength);
        builder.Property(d => d.DecisionReasoning).HasMaxLength(Dispute.TextMaxLength);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(d => d.DataResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShareRequest>().WithMany().HasForeignKey(d => d.ShareRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.RequesterDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(d => d.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShareGrant>().WithMany().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.WorkflowInstanceId).IsUnique();
        builder.HasIndex(d => d.ShareRequestId);
        builder.HasIndex(d => new { d.DataResourceId, d.RequesterDepartmentId });
        builder.HasIndex(d => new { d.ProviderDepartmentId, d.FiledAtUtc });
        builder.HasIndex(d => new { d.RequesterDepartmentId, d.FiledAtUtc });
        builder.HasIndex(d => new { d.GrantDueOn, d.CompliedAtUtc });
    }
}

internal sealed class DisputeStatementConfiguration : IEntityTypeConfiguration<DisputeStatement>
{
    public void Configure(EntityTypeBuilder<DisputeStatement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(Dispute.TextMaxLength);
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.SubmittedByName).HasMaxLength(256);
        builder.HasOne<Dispute>().WithMany().HasForeignKey(s => s.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);

        // One statement asked of each side, even if acceptance ran twice.
        builder.HasIndex(s => new { s.DisputeId, s.Side }).IsUnique();
    }
}

internal sealed class DisputeMeetingConfiguration : IEntityTypeConfiguration<DisputeMeeting>
{
    public void Configure(EntityTypeBuilder<DisputeMeeting> builder)
    {
        builder.Property(m => m.Attendees).HasMaxLength(DisputeMeeting.AttendeesMaxLength).IsRequired();
        builder.Property(m => m.Notes).HasMaxLength(Dispute.TextMaxLength).IsRequired();
        builder.Property(m => m.RecordedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Dispute>().WithMany().HasForeignKey(m => m.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.DisputeId, m.HeldOn });
    }
}

internal sealed class DisputeAttachmentConfiguration : IEntityTypeConfiguration<DisputeAttachment>
{
    public void Configure(EntityTypeBuilder<DisputeAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(DisputeAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Content).IsRequired();
        builder.HasOne<Dispute>().WithMany().HasForeignKey(a => a.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DisputeStatement>().WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DisputeId, a.StatementId });
    }
}
