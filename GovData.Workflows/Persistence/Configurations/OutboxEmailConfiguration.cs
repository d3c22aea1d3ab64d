using GovData.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200).IsRequired();
        builder.Property(m => m.RecipientAddress).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(8000).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();

        // The deliverer reads pending mail whose time has come.
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}
