using GovData.Domain.Audit;
using GovData.Domain.Calendar;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovData.Workflows.Persistence;

/// <summary>
/// The one model. Each database provider has its own subclass only so that each keeps its own migration set
/// (see docs/decisions/0003-one-migration-set-per-provider.md); code depends on this type.
/// </summary>
public partial class GovDataDbContext : IdentityDbContext<ApplicationUser>
{
    protected GovDataDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Who the changes saved through this context are made by (written to the audit log).</summary>
    public UserContext? Actor { get; private set; }

    /// <summary>Names the acting user for the audit log; use cases call it before SaveChanges.</summary>
    public GovDataDbContext ActingAs(UserContext actor)
    {
        Actor = actor;
        return this;
    }

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DataResource> DataResources => Set<DataResource>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GovDataDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is stored in UTC and read back as UTC; the UI converts to Asia/Shanghai.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
