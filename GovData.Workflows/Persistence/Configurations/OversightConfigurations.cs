using GovData.Domain.Departments;
using GovData.Domain.Oversight;
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
