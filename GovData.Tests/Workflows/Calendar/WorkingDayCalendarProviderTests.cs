using GovData.Domain.Calendar;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using static GovData.Tests.Workflows.Calendar.CalendarTestHost;

namespace GovData.Tests.Workflows.Calendar;

public abstract class WorkingDayCalendarProviderTestsCases(TestProvider provider) : IAsyncLifetime
{
    private CalendarTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CreateAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetAsync_LoadsOnce_AndSharesTheSnapshot()
    {
        var provider = _host.Get<WorkingDayCalendarProvider>();

        var calendars = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => provider.GetAsync())));

        Assert.All(calendars, c => Assert.Same(calendars[0], c));
        Assert.Equal([2025, 2026], calendars[0].LoadedYears);
        Assert.Equal(248, calendars[0].WorkingDaysInYear(2026));
    }

    [Fact]
    public async Task GetAsync_AfterAChange_ReturnsTheNewCalendar()
    {
        var provider = _host.Get<WorkingDayCalendarProvider>();
        var before = await provider.GetAsync();
        CalendarChange? raised = null;
        provider.Changed += (_, change) => raised = change;

        await _host.Get<UpsertCalendarDay>().ExecuteAsync(Admin, new DateOnly(2026, 3, 7), isOffDay: false, "补班");

        var after = await provider.GetAsync();
        Assert.NotSame(before, after);
        Assert.Equal(DayKind.MakeUpWorkday, after.Describe(new DateOnly(2026, 3, 7)).Kind);
        Assert.Equal(DayKind.Weekend, before.Describe(new DateOnly(2026, 3, 7)).Kind);
        Assert.NotNull(raised);
        Assert.Same(after, raised.Calendar);
    }

    [Fact]
    public async Task PublishChange_AFailingListener_DoesNotStopTheOthersNorUndoTheChange()
    {
        await using var host = await CreateAsync(new ThrowingListener());
        var provider = host.Get<WorkingDayCalendarProvider>();
        var calls = 0;
        provider.Changed += (_, _) => calls++;

        var result = await host.Get<RemoveCalendarDay>().ExecuteAsync(Admin, new DateOnly(2026, 10, 10));

        Assert.True(result.Succeeded);
        Assert.Equal(1, calls);
        Assert.Single(host.Listener.Changes);
        Assert.Equal(DayKind.Weekend, (await provider.GetAsync()).Describe(new DateOnly(2026, 10, 10)).Kind);
    }

    private sealed class ThrowingListener : ICalendarChangeListener
    {
        public Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("listener broken");
    }
}

public sealed class WorkingDayCalendarProviderTests() : WorkingDayCalendarProviderTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class WorkingDayCalendarProviderTestsOnPostgreSql() : WorkingDayCalendarProviderTestsCases(TestProvider.PostgreSql);
