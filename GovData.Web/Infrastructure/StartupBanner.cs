using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GovData.Web.Infrastructure;

/// <summary>What a newcomer needs to see after <c>dotnet run</c>: where to go and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        Console.WriteLine();
        Console.WriteLine("GovData 政务数据共享开放平台 is running:");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  {address}");
        }

        if (options.SeedDemoData)
        {
            Console.WriteLine($"Demo sign-ins (password {DemoDataSeeder.DemoPassword}):");
            foreach (var user in DemoUsers.All.Where(u => u.DepartmentCode is "SJJ" or "GA" or "RS" or null))
            {
                Console.WriteLine($"  {string.Join(",", user.Roles),-16} {user.UserName}");
            }
        }

        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
