using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
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
    IDbContextFactory<GovDataDbContext> contextFactory,
    UserManager<ApplicationUser> userManager)
{
    public const string DemoPassword = "GovData#2026";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Departments.AnyAsync(cancellationToken))
        {
            return;
        }

        var departments = await SeedDepartmentsAsync(db, cancellationToken);
        await SeedResourcesAsync(db, departments, cancellationToken);
        await SharingDemoData.SeedAsync(db, cancellationToken);
        foreach (var user in DemoUsers.All)
        {
            await CreateUserAsync(user, user.DepartmentCode is null ? null : departments[user.DepartmentCode].Id);
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

    private static async Task SeedResourcesAsync(GovDataDbContext db, Dictionary<string, Department> departments, CancellationToken cancellationToken)
    {
        foreach (var r in DemoResources.All)
        {
            var resource = new DataResource(r.Code, r.Name, departments[r.Department].Id, r.Share, r.Open, r.Basis, r.Summary);
            if (r.Published)
            {
                resource.Publish();
            }

            db.DataResources.Add(resource);
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
