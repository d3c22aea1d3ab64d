using GovData.Domain.Notifications;
using GovData.Workflows.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.MessageKey).HasMaxLength(128).IsRequired();
        builder.Property(n => n.MessageArguments).HasMaxLength(4000).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(512);
        builder.Ignore(n => n.IsRead);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);

        // The bell counts a user's unread rows on every page; the list pages a user's rows newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAtUtc });
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAtUtc });
    }
}
