namespace GovData.Workflows.Dashboard;

/// <summary>Which set of counts the dashboard shows; a user with several roles gets the widest one.</summary>
public enum DashboardAudience
{
    /// <summary>Signed in but with no role that has counts (e.g. a staff account not yet given a department).</summary>
    None = 0,
    Department = 1,
    Bureau = 2,
    SystemAdmin = 3,
    Applicant = 4,

    /// <summary>A district data bureau's officer: the counts of the departments it supervises (itself and those under it).</summary>
    DistrictBureau = 5,
}

/// <summary>Keys of the dashboard counts; the UI turns each into a label, an icon and (when it exists) a link.</summary>
public static class DashboardCountKeys
{
    /// <summary>待办: what the user may act on now (the inbox's total).</summary>
    public const string Inbox = nameof(Inbox);
    public const string OwnPublished = nameof(OwnPublished);
    public const string OwnDrafts = nameof(OwnDrafts);
    public const string SharingCatalog = nameof(SharingCatalog);
    public const string Departments = nameof(Departments);
    public const string PublishedCityWide = nameof(PublishedCityWide);
    public const string DraftsCityWide = nameof(DraftsCityWide);
    public const string SupervisedDepartments = nameof(SupervisedDepartments);
    public const string PublishedSupervised = nameof(PublishedSupervised);
    public const string DraftsSupervised = nameof(DraftsSupervised);
    public const string Users = nameof(Users);
    public const string CalendarYears = nameof(CalendarYears);
    public const string AuditEntries = nameof(AuditEntries);
    public const string OpenCatalog = nameof(OpenCatalog);
}

public sealed record DashboardCount(string Key, int Value);

/// <summary>The counts of the 工作台 for one user.</summary>
/// <param name="LoadedCalendarYears">Years with an official holiday schedule (SystemAdmin only; empty otherwise).</param>
/// <param name="MissingCalendarYears">This year and next year when their schedule is not loaded (SystemAdmin only).</param>
public sealed record DashboardSummary(
    DashboardAudience Audience,
    DateOnly Today,
    IReadOnlyList<DashboardCount> Counts,
    IReadOnlyList<int> LoadedCalendarYears,
    IReadOnlyList<int> MissingCalendarYears)
{
    public int? Count(string key) => Counts.FirstOrDefault(c => c.Key == key)?.Value;
}
