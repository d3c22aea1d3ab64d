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

    private readonly List<Func<Task>> _afterCommit = [];

    private bool _attributed;

    /// <summary>Who the changes saved through this context are made by (written to the audit log); null is the
    /// system. Given with the clock when the context is attributed (<see cref="UnitOfWork"/>), never changed.</summary>
    public UserContext? Actor { get; private set; }

    /// <summary>The clock of the audit log's timestamps, given with the actor; none until then.</summary>
    public TimeProvider? Clock { get; private set; }

    /// <summary>
    /// Names who writes through this context and by which clock. Audited changes cannot be saved before: there is no
    /// default actor and no fallback to the system clock. The unit of work calls it for every context it creates.
    /// </summary>
    internal GovDataDbContext Attribute(UserContext? actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (_attributed)
        {
            throw new InvalidOperationException("This context already names its actor and clock.");
        }

        _attributed = true;
        Actor = actor;
        Clock = clock;
        return this;
    }

    /// <summary>Queues work for after the unit of work commits (e.g. refreshing bells); dropped on rollback.</summary>
    public void AfterCommit(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _afterCommit.Add(action);
    }

    /// <summary>Whether the work asked its unit of work to roll back (<see cref="RollBack"/>).</summary>
    public bool RollBackRequested { get; private set; }

    /// <summary>Ends the unit of work without committing (a refusal after something was saved); its result is still returned.</summary>
    public void RollBack() => RollBackRequested = true;

    internal async Task RunAfterCommitAsync()
    {
        foreach (var action in _afterCommit)
        {
            await action();
        }

        _afterCommit.Clear();
    }

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<EmergencyPlan> EmergencyPlans => Set<EmergencyPlan>();

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
