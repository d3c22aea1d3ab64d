using GovData.Domain.Audit;
using GovData.Domain.Calendar;
using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;

namespace GovData.Tests.Workflows.Dashboard;

/// <summary>
/// A small city for the shell's tests: the data bureau, two departments with published, draft and retired resources,
/// one user per kind of dashboard, two loaded calendar years and two audit rows.
/// </summary>
public sealed class ShellTestData
{
    public const string AdminId = "user-admin";
    public const string BureauId = "user-bureau";
    public const string GaApproverId = "user-ga-approver";
    public const string RsCatalogId = "user-rs-catalog";
    public const string ApplicantId = "user-applicant";

    public int BureauDepartmentId { get; private set; }

    public int GaDepartmentId { get; private set; }

    public int RsDepartmentId { get; private set; }

    public static async Task<ShellTestData> SeedAsync(SqliteTestDatabase database, params int[] calendarYears)
    {
        var data = new ShellTestData();
        await using var db = database.WriteContext();

        var bureau = new Department("SJJ", "市大数据管理局", DepartmentLevel.Municipal, DepartmentKind.DataBureau);
        var ga = new Department("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government);
        var rs = new Department("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government);
        db.Departments.AddRange(bureau, ga, rs);
        await db.SaveChangesAsync();
        (data.BureauDepartmentId, data.GaDepartmentId, data.RsDepartmentId) = (bureau.Id, ga.Id, rs.Id);

        const string Basis = "《测试条例》第一条";
        await TestCatalog.AddAsync(db, TestCatalog.Content("3.01.001/GA-0001", null, ShareType.Unconditional, OpenType.Unconditional, null), ga.Id, CatalogStatus.Published);
        await TestCatalog.AddAsync(db, TestCatalog.Content("3.01.002/GA-0002", null, ShareType.NotShared, OpenType.NotOpen, Basis), ga.Id, CatalogStatus.Published);
        await DraftAsync(db, TestCatalog.Content("3.01.003/GA-0003", null, ShareType.Conditional, OpenType.OnApplication, Basis), ga.Id);
        await TestCatalog.AddAsync(db, TestCatalog.Content("3.01.001/RS-0001", null, ShareType.Conditional, OpenType.OnApplication, Basis), rs.Id, CatalogStatus.Published);
        await DraftAsync(db, TestCatalog.Content("3.01.002/RS-0002", null, ShareType.Unconditional, OpenType.Unconditional, null), rs.Id);
        await DraftAsync(db, TestCatalog.Content("3.01.003/RS-0003", null, ShareType.Unconditional, OpenType.Unconditional, null), rs.Id);
        await TestCatalog.AddAsync(db, TestCatalog.Content("3.01.004/RS-0004", null, ShareType.Unconditional, OpenType.Unconditional, null), rs.Id, CatalogStatus.Retired);

        db.Users.AddRange(
            User(AdminId, "admin@test", "系统管理员", bureau.Id),
            User(BureauId, "bureau@test", "王主任", bureau.Id),
            User(GaApproverId, "approver.ga@test", "赵审核人", ga.Id),
            User(RsCatalogId, "catalog.rs@test", "孙目录管理员", rs.Id),
            User(ApplicantId, "applicant@test", "李市民", null));

        foreach (var year in calendarYears)
        {
            db.CalendarYears.Add(new CalendarYear(year, $"国务院办公厅关于{year}年部分节假日安排的通知", new DateTime(year - 1, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
        }

        db.AuditEntries.AddRange(
            new AuditEntry(1001, new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc), AdminId, "admin@test", "SignIn", "User", AdminId, null, "shell-test-0"),
            new AuditEntry(1002, new DateTime(2026, 1, 5, 1, 5, 0, DateTimeKind.Utc), AdminId, "admin@test", "Update", "Department", "GA", null, "shell-test-1"));
        await db.SaveChangesAsync();
        return data;
    }

    /// <summary>A never-published entry with its open draft, as the editor leaves it.</summary>
    private static async Task DraftAsync(GovDataDbContext db, CatalogEntryContent content, int departmentId)
    {
        var resource = await TestCatalog.AddAsync(db, content, departmentId, CatalogStatus.Draft);
        db.CatalogDrafts.Add(new CatalogDraft(resource.Id, 0, content, "system", new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();
    }

    public UserContext Admin => new(AdminId, "系统管理员", BureauDepartmentId, true, Set(Roles.SystemAdmin));

    public UserContext Bureau => new(BureauId, "王主任", BureauDepartmentId, true, Set(Roles.BureauOfficer));

    public UserContext GaApprover => new(GaApproverId, "赵审核人", GaDepartmentId, false, Set(Roles.Approver));

    public UserContext RsCatalogManager => new(RsCatalogId, "孙目录管理员", RsDepartmentId, false, Set(Roles.CatalogManager));

    public static UserContext Applicant => new(ApplicantId, "李市民", null, false, Set(Roles.Applicant));

    private static HashSet<string> Set(params string[] roles) => [.. roles];

    private static ApplicationUser User(string id, string userName, string displayName, int? departmentId) => new()
    {
        Id = id,
        UserName = userName,
        NormalizedUserName = userName.ToUpperInvariant(),
        Email = userName,
        NormalizedEmail = userName.ToUpperInvariant(),
        DisplayName = displayName,
        DepartmentId = departmentId,
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };
}
