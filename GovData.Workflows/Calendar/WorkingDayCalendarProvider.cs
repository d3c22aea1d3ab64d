using GovData.Domain.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Calendar;

/// <summary>
/// The current <see cref="WorkingDayCalendar"/>: read from the database once and shared (it is immutable), reloaded
/// after a calendar use case commits a change. Thread-safe: concurrent first callers share one load, and a load
/// that fails is retried by the next caller.
/// </summary>
public sealed class WorkingDayCalendarProvider(
    IDbContextFactory<GovDataDbContext> contextFactory,
    IServiceScopeFactory scopeFactory,
    ILogger<WorkingDayCalendarProvider> logger)
{
    private readonly Lock _gate = new();
    private volatile Task<WorkingDayCalendar>? _current;

    /// <summary>Raised after a committed change, once the new calendar is loaded (for open pages to refresh).</summary>
    public event EventHandler<CalendarChange>? Changed;

    public Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var load = _current;
        if (load is null || load.IsFaulted || load.IsCanceled)
        {
            lock (_gate)
            {
                load = _current;
                if (load is null || load.IsFaulted || load.IsCanceled)
                {
                    // Not tied to the first caller's token: other callers share this load.
                    load = LoadAsync();
                    _current = load;
                }
            }
        }

        return load.WaitAsync(cancellationToken);
    }

    /// <summary>Drops the cached calendar; the next <see cref="GetAsync"/> reads the database again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    /// <summary>
    /// Called by the calendar use cases after their change is committed: reloads, works out which dates changed
    /// status compared with <paramref name="before"/>, then tells <see cref="Changed"/> and every
    /// <see cref="ICalendarChangeListener"/>.
    /// </summary>
    public async Task PublishChangeAsync(WorkingDayCalendar before, IReadOnlyCollection<int> years, CancellationToken cancellationToken = default)
    {
        Invalidate();
        var after = await GetAsync(cancellationToken);
        var sortedYears = years.Distinct().Order().ToList();
        var changedDays = new List<DateOnly>();
        foreach (var year in sortedYears)
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                if (before.IsWorkingDay(day) != after.IsWorkingDay(day))
                {
                    changedDays.Add(day);
                }
            }
        }

        var change = new CalendarChange(sortedYears, changedDays, after);
        Changed?.Invoke(this, change);

        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var listener in scope.ServiceProvider.GetServices<ICalendarChangeListener>())
        {
            try
            {
                await listener.OnCalendarChangedAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change is committed whatever a listener does; a failing listener must not undo or hide it.
                logger.LogError(ex, "Calendar change listener {Listener} failed for years {Years}", listener.GetType().Name, sortedYears);
            }
        }
    }

    private async Task<WorkingDayCalendar> LoadAsync()
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var days = await db.CalendarDays.AsNoTracking().ToListAsync();
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync();
        return new WorkingDayCalendar(days, years);
    }
}
