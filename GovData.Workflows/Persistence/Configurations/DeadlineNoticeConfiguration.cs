using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class DeadlineNoticeConfiguration : IEntityTypeConfiguration<DeadlineNotice>
{
    public void Configure(EntityTypeBuilder<DeadlineNotice> builder)
    {
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(n => n.InstanceId).OnDelete(DeleteBehavior.Cascade);

        // The claim: each notice of an instance about one due date is sent once, however many sweeps run; a moved
        // deadline is another date, so it gets its own reminder, overdue notice and ladder.
        builder.HasIndex(n => new { n.InstanceId, n.Kind, n.Level, n.DueOn }).IsUnique();
    }
}
