using GovData.Domain;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;
using static GovData.Tests.Workflows.Calendar.CalendarTestHost;

namespace GovData.Tests.Workflows.Calendar;

public abstract class CalendarDayUseCaseTestsCases(TestProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly OrdinaryFriday = new(2025, 10, 17);

    private CalendarTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CreateAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetCalendarYear_LoadedYear_HasItsDaysSourceAnd248WorkingDays()
    {
        var view = await _host.Get<GetCalendarYear>().ExecuteAsync(Admin, 2025);

        Assert.True(view.IsLoaded);
        Assert.StartsWith("国务院办公厅关于2025年部分节假日安排的通知", view.Source, StringComparison.Ordinal);
        Assert.Equal(33, view.Days.Count);
        Assert.Equal((28, 5), (view.OffDayCount, view.MakeUpDayCount));
        Assert.Equal(248, view.WorkingDayCount);
        Assert.Equal([2025, 2026], view.LoadedYears);
    }

    [Fact]
    public async Task GetCalendarYear_UnloadedYear_SaysSo()
    {
        var view = await _host.Get<GetCalendarYear>().ExecuteAsync(Admin, 2027);

        Assert.False(view.IsLoaded);
        Assert.Null(view.Source);
        Assert.Empty(view.Days);
        Assert.Equal(261, view.WorkingDayCount);
    }

    [Fact]
    public async Task UpsertCalendarDay_NewHoliday_IsSavedAndTheCalendarReloaded()
    {
        var provider = _host.Get<WorkingDayCalendarProvider>();
        Assert.True((await provider.GetAsync()).IsWorkingDay(OrdinaryFriday));

        var result = await _host.Get<UpsertCalendarDay>().ExecuteAsync(Admin, OrdinaryFriday, isOffDay: true, " 临时休假 ");

        Assert.True(result.Succeeded);
        var calendar = await provider.GetAsync();
        Assert.False(calendar.IsWorkingDay(OrdinaryFriday));
        Assert.Equal("临时休假", calendar.Describe(OrdinaryFriday).HolidayName);
        var change = Assert.Single(_host.Listener.Changes);
        Assert.Equal([2025], change.Years);
        Assert.Equal([OrdinaryFriday], change.ChangedWorkingDays);
        Assert.Same(calendar, change.Calendar);
    }

    [Fact]
    public async Task UpsertCalendarDay_ExistingDay_ChangesItsKindAndName()
    {
        var saturday = new DateOnly(2025, 10, 11);

        var result = await _host.Get<UpsertCalendarDay>().ExecuteAsync(Admin, saturday, isOffDay: true, "国庆节");

        Assert.True(result.Succeeded);
        await using var db = _host.Database.CreateDbContext();
        var day = await db.CalendarDays.SingleAsync(d => d.Date == saturday);
        Assert.Equal((true, "国庆节"), (day.IsOffDay, day.Name));
        Assert.False((await _host.Get<WorkingDayCalendarProvider>().GetAsync()).IsWorkingDay(saturday));
    }

    [Fact]
    public async Task UpsertCalendarDay_MakeUpDayOnAWeekday_IsRefusedAndChangesNothing()
    {
        var before = await _host.SnapshotAsync();

        var result = await _host.Get<UpsertCalendarDay>().ExecuteAsync(Admin, OrdinaryFriday, isOffDay: false, "国庆节");

        Assert.False(result.Succeeded);
        Assert.Equal(CalendarRules.MakeUpDayNotWeekend, Assert.Single(result.Issues).Code);
        Assert.Equal(before, await _host.SnapshotAsync());
        Assert.Empty(_host.Listener.Changes);
    }

    [Fact]
    public async Task RemoveCalendarDay_MakeUpSaturday_BecomesAWeekendAgain()
    {
        var saturday = new DateOnly(2025, 10, 11);
        var provider = _host.Get<WorkingDayCalendarProvider>();
        Assert.True((await provider.GetAsync()).IsWorkingDay(saturday));

        var result = await _host.Get<RemoveCalendarDay>().ExecuteAsync(Admin, saturday);

        Assert.True(result.Succeeded);
        Assert.Equal(DayKind.Weekend, (await provider.GetAsync()).Describe(saturday).Kind);
        Assert.Equal([saturday], Assert.Single(_host.Listener.Changes).ChangedWorkingDays);
    }

    [Fact]
    public async Task RemoveCalendarDay_UnlistedDay_IsRefused()
    {
        var result = await _host.Get<RemoveCalendarDay>().ExecuteAsync(Admin, OrdinaryFriday);

        Assert.Equal(RemoveCalendarDay.DayNotListed, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task MarkCalendarYearLoaded_MakesDeadlinesInThatYearComplete()
    {
        var provider = _host.Get<WorkingDayCalendarProvider>();
        Assert.False((await provider.GetAsync()).Explain(new DateOnly(2026, 12, 31), 5).CalendarComplete);

        var result = await _host.Get<MarkCalendarYearLoaded>().ExecuteAsync(Admin, 2027, "国务院办公厅关于2027年部分节假日安排的通知");

        Assert.True(result.Succeeded);
        Assert.True((await provider.GetAsync()).Explain(new DateOnly(2026, 12, 31), 5).CalendarComplete);
        var change = Assert.Single(_host.Listener.Changes);
        Assert.Equal([2027], change.Years);
        Assert.Empty(change.ChangedWorkingDays);
    }

    [Fact]
    public async Task MarkCalendarYearLoaded_WithoutSource_IsRefused()
    {
        var result = await _host.Get<MarkCalendarYearLoaded>().ExecuteAsync(Admin, 2027, " ");

        Assert.Equal(CalendarRules.SourceRequired, Assert.Single(result.Issues).Code);
    }

    public static TheoryData<string?> NonAdmins() => new() { null, Roles.BureauOfficer, Roles.Approver, Roles.Applicant };

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task EveryCalendarUseCase_RefusesAnyoneButASystemAdmin(string? role)
    {
        var user = role is null ? UserContext.Anonymous : User("someone", role);
        var before = await _host.SnapshotAsync();

        await AssertRefused(() => _host.Get<GetCalendarYear>().ExecuteAsync(user, 2025));
        await AssertRefused(() => _host.Get<GetCalendarTemplate>().ExecuteAsync(user, 2025));
        await AssertRefused(() => _host.Get<UpsertCalendarDay>().ExecuteAsync(user, OrdinaryFriday, true, "x"));
        await AssertRefused(() => _host.Get<RemoveCalendarDay>().ExecuteAsync(user, new DateOnly(2025, 10, 1)));
        await AssertRefused(() => _host.Get<MarkCalendarYearLoaded>().ExecuteAsync(user, 2027, "x"));
        await AssertRefused(() => _host.Get<ImportCalendarYear>().ExecuteAsync(user, 2027, CalendarImportFormat.Json, Json(Schedule2027()), "x"));

        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Fact]
    public async Task CalculateDueDate_IsOpenToEveryone_AndChecksItsInput()
    {
        var calculate = _host.Get<CalculateDueDate>();

        var explanation = await calculate.ExecuteAsync(new DateOnly(2025, 9, 30), 5);

        Assert.Equal(new DateOnly(2025, 10, 14), explanation.DueDate);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => calculate.ExecuteAsync(new DateOnly(2025, 9, 30), 366));
        Assert.Equal(CalculateDueDate.WorkingDaysOutOfRange, error.Code);
    }

    private static async Task AssertRefused(Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(action);
        Assert.Equal("Calendar.Error.SystemAdminOnly", error.Code);
    }
}

public sealed class CalendarDayUseCaseTests() : CalendarDayUseCaseTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class CalendarDayUseCaseTestsOnPostgreSql() : CalendarDayUseCaseTestsCases(TestProvider.PostgreSql);
