using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Admin;

/// <summary>Runs administration use cases inside the web app under test, as the seeded SystemAdmin.</summary>
internal static class AdminWebActors
{
    public const string Password = "GovData#2026";

    public static async Task<UserContext> ContextOfAsync(WebApplicationFactory<Program> factory, string email)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        var department = user.DepartmentId is { } id ? await db.Departments.SingleAsync(d => d.Id == id) : null;
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, department?.IsDataBureau == true, roles.ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<T> RunAsync<T>(WebApplicationFactory<Program> factory, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A new staff member of the department with the code, created by the admin (a fresh account per test).</summary>
    public static async Task<string> NewStaffAsync(WebApplicationFactory<Program> factory, string email, string departmentCode, params string[] roles)
    {
        var admin = await ContextOfAsync(factory, "admin@govdata.local");
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        int departmentId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            departmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).SingleAsync();
        }

        var result = await RunAsync(factory, s => s.GetRequiredService<CreateUser>().ExecuteAsync(admin, new(email, "测试人员", departmentId, roles, Password)));
        Assert.True(result.Succeeded, result.ErrorKey);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }
    }

    public static async Task<ApplicationUser> AccountAsync(WebApplicationFactory<Program> factory, string userId)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
    }
}
