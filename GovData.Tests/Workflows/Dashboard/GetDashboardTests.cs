using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Dashboard;
using GovData.Workflows.Inbox;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Dashboard;

public abstract class GetDashboardTestsCases(TestProvider provider) : IAsyncLifetime
{
    // 2026-11-26 10:00 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = default!;
    private ShellTestData _data = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _data = await ShellTestData.SeedAsync(_database, 2025, 2026);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private GetDashboard UseCase() => UseCase(_time);

    private GetDashboard UseCase(TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_database);
        services.AddSingleton(time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataCalendar();
        var provider = services.BuildServiceProvider();
        return new GetDashboard(_database, new GetInbox(_database, provider.GetRequiredService<WorkingDayCalendarProvider>(), time), time);
    }

    [Fact]
    public async Task Department_CountsOwnPublishedAndDrafts_AndTheSharingCatalog()
    {
        var summary = await UseCase().ExecuteAsync(_data.GaApprover);

        Assert.Equal(DashboardAudience.Department, summary.Audience);
        Assert.Equal(2, summary.Count(DashboardCountKeys.OwnPublished));
        Assert.Equal(1, summary.Count(DashboardCountKeys.OwnDrafts));
        // What the sharing catalog lists: every published entry across departments, NotShared included (GA-1, GA-2,
        // RS-1; RS-4 is retired).
        Assert.Equal(3, summary.Count(DashboardCountKeys.SharingCatalog));
        Assert.Equal(0, summary.Count(DashboardCountKeys.Inbox));
        Assert.Null(summary.Count(DashboardCountKeys.DraftsCityWide));
    }

    [Fact]
    public async Task Department_DraftsOfOtherDepartmentsAreNotCounted()
    {
        var ga = await UseCase().ExecuteAsync(_data.GaApprover);
        var rs = await UseCase().ExecuteAsync(_data.RsCatalogManager);

        // RS has two drafts and GA one: neither department's figure includes the other's.
        Assert.Equal(1, ga.Count(DashboardCountKeys.OwnDrafts));
        Assert.Equal(2, rs.Count(DashboardCountKeys.OwnDrafts));
        Assert.Equal(1, rs.Count(DashboardCountKeys.OwnPublished));
    }

    [Fact]
    public async Task Bureau_CountsDepartmentsAndResourcesCityWide()
    {
        var summary = await UseCase().ExecuteAsync(_data.Bureau);

        Assert.Equal(DashboardAudience.Bureau, summary.Audience);
        Assert.Equal(3, summary.Count(DashboardCountKeys.Departments));
        Assert.Equal(3, summary.Count(DashboardCountKeys.PublishedCityWide));
        Assert.Equal(3, summary.Count(DashboardCountKeys.DraftsCityWide));
        Assert.Null(summary.Count(DashboardCountKeys.OwnDrafts));
    }

    [Fact]
    public async Task DistrictBureau_CountsItsDistrictOnly_NotTheCity()
    {
        int districtId;
        await using (var db = _database.WriteContext())
        {
            var district = new Department("GXQSJJ", "高新区大数据管理局", DepartmentLevel.District, DepartmentKind.DataBureau, _data.BureauDepartmentId);
            db.Departments.Add(district);
            await db.SaveChangesAsync();
            districtId = district.Id;
        }

        var officer = _data.Bureau with { DepartmentId = districtId };

        var summary = await UseCase().ExecuteAsync(officer);

        Assert.Equal(DashboardAudience.DistrictBureau, summary.Audience);
        // As signed in: the district officer's context carries its district (BureauSupervision) and so its audience.
        Assert.Equal(DashboardAudience.DistrictBureau, GetDashboard.AudienceOf(officer with { SupervisedDepartmentIds = new HashSet<int> { districtId } }));
        Assert.Equal(1, summary.Count(DashboardCountKeys.SupervisedDepartments));
        Assert.Equal(0, summary.Count(DashboardCountKeys.PublishedSupervised));
        Assert.Null(summary.Count(DashboardCountKeys.PublishedCityWide));
    }

    [Fact]
    public async Task BureauOfficerOutsideADataBureau_GetsTheDepartmentView()
    {
        var officer = _data.GaApprover with { Roles = new HashSet<string> { Roles.BureauOfficer } };

        var summary = await UseCase().ExecuteAsync(officer);

        Assert.Equal(DashboardAudience.Department, summary.Audience);
        Assert.Null(summary.Count(DashboardCountKeys.DraftsCityWide));
    }

    [Fact]
    public async Task SystemAdmin_CountsUsersCalendarYearsAndAuditEntries()
    {
        var summary = await UseCase().ExecuteAsync(_data.Admin);

        await using var db = _database.CreateDbContext();
        Assert.Equal(DashboardAudience.SystemAdmin, summary.Audience);
        Assert.Equal(5, summary.Count(DashboardCountKeys.Users));
        Assert.Equal(2, summary.Count(DashboardCountKeys.CalendarYears));
        Assert.Equal(new[] { 2025, 2026 }, summary.LoadedCalendarYears);
        Assert.True(summary.Count(DashboardCountKeys.AuditEntries) >= 2);
        Assert.Equal(await db.AuditEntries.CountAsync(), summary.Count(DashboardCountKeys.AuditEntries));
    }

    [Fact]
    public async Task SystemAdmin_WarnsWhenNextYearsCalendarIsMissing()
    {
        var summary = await UseCase().ExecuteAsync(_data.Admin);

        Assert.Equal(new DateOnly(2026, 11, 26), summary.Today);
        Assert.Equal(new[] { 2027 }, summary.MissingCalendarYears);
    }

    [Fact]
    public async Task SystemAdmin_TodayComesFromTheClock_InShanghai()
    {
        // 2026-12-31 17:30 UTC is already 2027-01-01 in Shanghai: 2027 and 2028 are missing.
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));

        var summary = await UseCase().ExecuteAsync(_data.Admin);

        Assert.Equal(new DateOnly(2027, 1, 1), summary.Today);
        Assert.Equal(new[] { 2027, 2028 }, summary.MissingCalendarYears);
    }

    [Fact]
    public async Task SystemAdmin_NoWarningWhenThisAndNextYearAreLoaded()
    {
        var june2025 = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var summary = await UseCase(june2025).ExecuteAsync(_data.Admin);

        Assert.Empty(summary.MissingCalendarYears);
    }

    [Fact]
    public async Task Applicant_CountsThePublishedOpenCatalogOnly()
    {
        var summary = await UseCase().ExecuteAsync(ShellTestData.Applicant);

        Assert.Equal(DashboardAudience.Applicant, summary.Audience);
        // GA-1 (Unconditional) and RS-1 (OnApplication); the NotOpen, draft and retired ones are not counted.
        Assert.Equal(2, summary.Count(DashboardCountKeys.OpenCatalog));
        Assert.Single(summary.Counts);
        Assert.Empty(summary.MissingCalendarYears);
    }

    [Fact]
    public async Task StaffWithoutDepartment_AndAnonymous_GetNoCounts()
    {
        var noDepartment = new UserContext("someone", "someone", null, false, new HashSet<string> { Roles.Approver });

        var staff = await UseCase().ExecuteAsync(noDepartment);
        var anonymous = await UseCase().ExecuteAsync(UserContext.Anonymous);

        Assert.Equal(DashboardAudience.None, staff.Audience);
        Assert.Empty(staff.Counts);
        Assert.Equal(DashboardAudience.None, anonymous.Audience);
        Assert.Empty(anonymous.Counts);
    }
}

public sealed class GetDashboardTests() : GetDashboardTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class GetDashboardTestsOnPostgreSql() : GetDashboardTestsCases(TestProvider.PostgreSql);
