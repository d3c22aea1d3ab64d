using GovData.Tests.Support;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Administration;

/// <summary>The demo city on real SQLite, with the administration use cases and Identity's user manager.</summary>
public class AdministrationFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2026, 3, 2, 10, 0, 0);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddScoped(_ => Database.WriteContext());
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>();
        services.AddGovDataAdministration();
        services.AddGovDataIntegration();
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlAdministrationFixture : AdministrationFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
