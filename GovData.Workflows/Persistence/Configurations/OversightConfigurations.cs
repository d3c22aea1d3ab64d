using GovData.Domain.Departments;
using GovData.Domain.Oversight;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class RectificationProposalConfiguration : IEntityTypeConfiguration<RectificationProposal>
{
    public void Configure(EntityTypeBuilder<RectificationProposal> builder)
    {
        builder.Property(p => p.DismissalReason).HasMaxLength(RectificationProposal.ReasonMaxLength);
        builder.Property(p => p.DecidedByUserId).HasMaxLength(450);
        builder.Ignore(p => p.IsOpen);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);

        // One open proposal per department and violation, however many detection runs race ([..] quotes on both providers).
        builder.HasIndex(p => new { p.DepartmentId, p.Violation }).IsUnique().HasFilter("[Status] = 1");
        builder.HasIndex(p => new { p.Status, p.LastDetectedOn });
    }
}

internal sealed class ProposalEvidenceConfiguration : IEntityTypeConfiguration<ProposalEvidence>
{
    public void Configure(EntityTypeBuilder<ProposalEvidence> builder)
    {
        builder.Ignore(e => e.Link);
        builder.HasOne<RectificationProposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);

        // The claim: a finding is filed once; the detection's anti-join reads this index.
        builder.HasIndex(e => new { e.ReferenceId, e.Kind, e.Violation, e.DepartmentId, e.Occurrence }).IsUnique();
        builder.HasIndex(e => e.ProposalId);
    }
}

internal sealed class RectificationOrderConfiguration : IEntityTypeConfiguration<RectificationOrder>
{
    public void Configure(EntityTypeBuilder<RectificationOrder> builder)
    {
        builder.Property(o => o.Facts).HasMaxLength(RectificationOrder.FactsMaxLength).IsRequired();
        builder.Property(o => o.EvidenceLinks).HasMaxLength(RectificationOrder.EvidenceMaxLength).IsRequired();
        builder.Property(o => o.ReportText).HasMaxLength(RectificationOrder.ReportMaxLength);
        builder.Property(o => o.ReportEvidence).HasMaxLength(RectificationOrder.EvidenceMaxLength);
        builder.Property(o => o.BureauComment).HasMaxLength(RectificationOrder.ReportMaxLength);
        builder.Property(o => o.IssuedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Department>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RectificationProposal>().WithMany().HasForeignKey(o => o.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(o => o.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.DepartmentId, o.DueOn });
        builder.HasIndex(o => o.DueOn);
    }
}

internal sealed class PublicCriticismConfiguration : IEntityTypeConfiguration<PublicCriticism>
{
    public void Configure(EntityTypeBuilder<PublicCriticism> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(PublicCriticism.TitleMaxLength).IsRequired();
        builder.Property(c => c.Body).HasMaxLength(PublicCriticism.BodyMaxLength).IsRequired();
        builder.Property(c => c.WithdrawalReason).HasMaxLength(PublicCriticism.ReasonMaxLength);
        builder.Property(c => c.PublishedByUserId).HasMaxLength(450);
        builder.Property(c => c.WithdrawnByUserId).HasMaxLength(450);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RectificationOrder>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);

        // One criticism per order, however often the overdue job runs.
        builder.HasIndex(c => c.OrderId).IsUnique();
        builder.HasIndex(c => new { c.Status, c.PublishedOn });
        builder.HasIndex(c => new { c.DepartmentId, c.Status });
    }
}

internal sealed class DisciplinaryReferralConfiguration : IEntityTypeConfiguration<DisciplinaryReferral>
{
    public void Configure(EntityTypeBuilder<DisciplinaryReferral> builder)
    {
        builder.Property(r => r.ReferredTo).HasMaxLength(DisciplinaryReferral.AuthorityMaxLength).IsRequired();
        builder.Property(r => r.Matter).HasMaxLength(DisciplinaryReferral.TextMaxLength).IsRequired();
        builder.Property(r => r.RecordedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<RectificationOrder>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.OrderId);
    }
}
