using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Seeding;

/// <summary>
/// The demo city: the municipal data bureau, one district bureau, six municipal departments, a user for every role and
/// about twenty realistic resources. Runs only into a database with no departments yet.
/// </summary>
public sealed class DemoDataSeeder(
    UnitOfWork unitOfWork,
    UserManager<ApplicationUser> userManager,
    TimeProvider time)
{
    /// <summary>Who published the demo entries' version 1 (the seed, not a person).</summary>
    public const string SeedPublisher = "system";

    public const string DemoPassword = "GovData#2026";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var departments = await unitOfWork.RunAsSystemAsync(async (db, ct) =>
        {
            if (await db.Departments.AnyAsync(ct))
            {
                return null;
            }

            var departments = await SeedDepartmentsAsync(db, ct);
            await SeedResourcesAsync(db, departments, ct);
            await SharingDemoData.SeedAsync(db, ct);
            return departments.ToDictionary(d => d.Key, d => d.Value.Id);
        }, cancellationToken);
        if (departments is null)
        {
            return;
        }

        foreach (var user in DemoUsers.All)
        {
            await CreateUserAsync(user, user.DepartmentCode is null ? null : departments[user.DepartmentCode]);
        }
    }

    private static async Task<Dictionary<string, Department>> SeedDepartmentsAsync(GovDataDbContext db, CancellationToken cancellationToken)
    {
        var bureau = new Department("SJJ", "市大数据管理局", DepartmentLevel.Municipal, DepartmentKind.DataBureau);
        db.Departments.Add(bureau);
        await db.SaveChangesAsync(cancellationToken);

        Department[] others =
        [
            new("GXQSJJ", "高新区大数据管理局", DepartmentLevel.District, DepartmentKind.DataBureau, bureau.Id),
            new("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new("SCJG", "市市场监督管理局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new("WJ", "市卫生健康委员会", DepartmentLevel.Municipal, DepartmentKind.Government),
            new("ZRZY", "市自然资源和规划局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new("JT", "市交通运输局", DepartmentLevel.Municipal, DepartmentKind.Government),
        ];
        db.Departments.AddRange(others);
        await db.SaveChangesAsync(cancellationToken);
        return others.Append(bureau).ToDictionary(d => d.Code);
    }

    /// <summary>Every entry with full metadata: published ones with version 1, the two drafts with an open draft.</summary>
    private async Task SeedResourcesAsync(GovDataDbContext db, Dictionary<string, Department> departments, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var entries = DemoResources.All
            .Select(r => (Demo: r, Content: DemoResources.Content(r, today)))
            .Select(e => (e.Demo, e.Content, Resource: DataResource.NewDraft(e.Content, departments[e.Demo.Department].Id)))
            .ToList();
        db.DataResources.AddRange(entries.Select(e => e.Resource));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (demo, content, resource) in entries)
        {
            if (demo.Published)
            {
                db.CatalogVersions.Add(resource.Publish(content, new CatalogRuleContext(), SeedPublisher, "演示数据", today, now));
            }
            else
            {
                db.CatalogDrafts.Add(new CatalogDraft(resource.Id, 0, content, SeedPublisher, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateUserAsync(DemoUser demo, int? departmentId)
    {
        var user = new ApplicationUser
        {
            UserName = demo.UserName,
            Email = demo.UserName,
            EmailConfirmed = true,
            DisplayName = demo.DisplayName,
            DepartmentId = departmentId,
        };
        var created = await userManager.CreateAsync(user, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {demo.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await userManager.AddToRolesAsync(user, demo.Roles);
    }
}
