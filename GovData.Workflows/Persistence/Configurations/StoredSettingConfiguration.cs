using GovData.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class StoredSettingConfiguration : IEntityTypeConfiguration<StoredSetting>
{
    public void Configure(EntityTypeBuilder<StoredSetting> builder)
    {
        builder.ToTable("StoredSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(StoredSetting.MaxKeyLength);
        builder.Property(s => s.Value).HasMaxLength(StoredSetting.MaxValueLength).IsRequired();
        builder.Property(s => s.ChangedByUserId).HasMaxLength(450).IsRequired();
    }
}
