using System.Text;
using System.Text.Json;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Calendar;

/// <summary>A real SQLite or PostgreSQL database seeded with the shipped 2025/2026 schedules and the calendar services over it.</summary>
internal sealed class CalendarTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CalendarTestHost(TestDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        Database = database;
        _services = services;
        Time = time;
    }

    public static UserContext Admin { get; } = User("admin-id", Roles.SystemAdmin);

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public RecordingListener Listener => _services.GetRequiredService<RecordingListener>();

    public static Task<CalendarTestHost> CreateAsync(params ICalendarChangeListener[] otherListeners) =>
        CreateAsync(TestProvider.Sqlite, otherListeners);

    public static async Task<CalendarTestHost> CreateAsync(TestProvider provider, params ICalendarChangeListener[] otherListeners)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(database);
        services.AddGovDataCalendar();
        foreach (var listener in otherListeners)
        {
            services.AddSingleton(listener);
        }

        services.AddSingleton<RecordingListener>();
        services.AddSingleton<ICalendarChangeListener>(sp => sp.GetRequiredService<RecordingListener>());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        services.AddSingleton<TimeProvider>(time);
        await new CalendarSeeder(database.UnitOfWork(time), time).SeedAsync();
        return new CalendarTestHost(database, services.BuildServiceProvider(validateScopes: true), time);
    }

    public static UserContext User(string id, params string[] roles) =>
        new(id, id, 1, false, roles.ToHashSet(StringComparer.Ordinal));

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Every calendar row as text, to prove a refused change left the database as it was.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = Database.CreateDbContext();
        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync();
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        var text = new StringBuilder();
        foreach (var day in days)
        {
            text.Append(day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(day.IsOffDay ? " off " : " work ").AppendLine(day.Name);
        }

        foreach (var year in years)
        {
            text.Append(year.Year).Append(' ').Append(year.Source).Append(' ').AppendLine(year.LoadedAtUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public static MemoryStream Json(object value) => new(JsonSerializer.SerializeToUtf8Bytes(value));

    public static MemoryStream Text(string value) => new(Encoding.UTF8.GetBytes(value));

    /// <summary>A plausible 2027 schedule in the official JSON shape.</summary>
    public static object Schedule2027(params object[] extraDays) => new
    {
        year = 2027,
        source = "国务院办公厅关于2027年部分节假日安排的通知",
        days = new object[]
        {
            new { name = "元旦", date = "2027-01-01", isOffDay = true },
            new { name = "春节", date = "2027-02-06", isOffDay = false },
            new { name = "春节", date = "2027-02-08", isOffDay = true },
            new { name = "春节", date = "2027-02-09", isOffDay = true },
        }.Concat(extraDays).ToArray(),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    internal sealed class RecordingListener : ICalendarChangeListener
    {
        public List<CalendarChange> Changes { get; } = [];

        public Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }
    }
}
