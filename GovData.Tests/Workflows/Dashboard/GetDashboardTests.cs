using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Dashboard;

public sealed class GetDashboardTests : IAsyncLifetime
{
    // 2026-11-26 10:00 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
    private SqliteTestDatabase _database = default!;
    private ShellTestData _data = default!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _data = await ShellTestData.SeedAsync(_database, 2025, 2026);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private GetDashboard UseCase() => new(_database, _time);

    [Fact]
    public async Task Department_CountsOwnPublishedAndDrafts_AndTheSharingCatalog()
    {
        var summary = await UseCase().ExecuteAsync(_data.GaApprover);

        Assert.Equal(DashboardAudience.Department, summary.Audience);
        Assert.Equal(2, summary.Count(DashboardCountKeys.OwnPublished));
        Assert.Equal(1, summary.Count(DashboardCountKeys.OwnDrafts));
        // Published and not NotShared, across departments: GA-1 and RS-1 (GA-2 is NotShared, RS-4 retired).
        Assert.Equal(2, summary.Count(DashboardCountKeys.SharingCatalog));
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

        var summary = await new GetDashboard(_database, june2025).ExecuteAsync(_data.Admin);

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
