using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovData.Workflows.Persistence.Configurations;

internal sealed class DataResourceConfiguration : IEntityTypeConfiguration<DataResource>
{
    public void Configure(EntityTypeBuilder<DataResource> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(ResourceCode.MaxLength).IsRequired()
            .HasConversion(c => c.Value, s => ResourceCode.Parse(s));
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.ClassCode).HasMaxLength(16).IsRequired()
            .HasConversion(c => c.Value, s => ClassCode.Parse(s));
        builder.Property(r => r.Name).HasMaxLength(CatalogRules.NameMaxLength).IsRequired();
        builder.Property(r => r.InternalUnit).HasMaxLength(200);
        builder.Property(r => r.SourceSystem).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(CatalogRules.SummaryMaxLength);
        builder.Property(r => r.DataVolumeMB).HasPrecision(18, 2);
        builder.Property(r => r.ShareCondition).HasMaxLength(1000);
        builder.Property(r => r.OpenCondition).HasMaxLength(1000);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000);
        builder.Ignore(r => r.RelatedCodes);
        builder.Ignore(r => r.ActiveItems);
        builder.Property<List<string>>("_relatedCodes").HasColumnName("RelatedCodes").HasMaxLength(2000)
            .HasConversion(
                v => string.Join('\n', v),
                s => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToList()));
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.ProviderDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.DataResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The browse filters (department, class, share type, open type, update cycle, status).
        builder.HasIndex(r => new { r.ProviderDepartmentId, r.Status });
        builder.HasIndex(r => new { r.Status, r.CatalogClass });
        builder.HasIndex(r => new { r.Status, r.ShareType });
        builder.HasIndex(r => new { r.Status, r.OpenType });
        // Also covers the stale filter (status, cycle, last update) so its count reads the index only (decision 0014).
        builder.HasIndex(r => new { r.Status, r.UpdateCycle, r.LastDataUpdate });
        builder.HasIndex(r => r.Theme);

        // The published catalogs' first page: status = Published in code order, read from the index without a sort.
        builder.HasIndex(r => new { r.Status, r.Code });
    }
}

internal sealed class DataItemConfiguration : IEntityTypeConfiguration<DataItem>
{
    public void Configure(EntityTypeBuilder<DataItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(CatalogRules.ItemNameMaxLength).IsRequired();
        builder.Property(i => i.EnglishName).HasMaxLength(128).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.Property(i => i.ShareCondition).HasMaxLength(1000);
        builder.Property(i => i.OpenCondition).HasMaxLength(1000);
        builder.Property(i => i.LegalBasis).HasMaxLength(1000);
        builder.HasIndex(i => new { i.DataResourceId, i.Name }).IsUnique();
    }
}

internal sealed class CatalogDraftConfiguration : IEntityTypeConfiguration<CatalogDraft>
{
    public void Configure(EntityTypeBuilder<CatalogDraft> builder)
    {
        builder.Property(d => d.ContentJson).IsRequired();
        builder.Property(d => d.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<DataResource>().WithMany().HasForeignKey(d => d.DataResourceId).OnDelete(DeleteBehavior.Restrict);

        // One open draft per entry: closed drafts set it to null (SQL Server filters nulls out of unique indexes).
        builder.HasIndex(d => d.OpenForResourceId).IsUnique();
        builder.HasIndex(d => new { d.DataResourceId, d.Status });
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.IsEditable);
    }
}

internal sealed class CatalogVersionConfiguration : IEntityTypeConfiguration<CatalogVersion>
{
    public void Configure(EntityTypeBuilder<CatalogVersion> builder)
    {
        builder.Property(v => v.ContentJson).IsRequired();
        builder.Property(v => v.PublishedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(v => v.PublishedByName).HasMaxLength(256).IsRequired();
        builder.HasOne<DataResource>().WithMany().HasForeignKey(v => v.DataResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.DataResourceId, v.Number }).IsUnique();
    }
}
