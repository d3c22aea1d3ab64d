using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Support;

/// <summary>
/// The real web app (real SQLite in a temporary folder, demo seed, Hangfire server off) behind an in-process test
/// server, for endpoint and authorization tests. Requests sent with <see cref="TestAuthentication.CreateClientAs"/>
/// are signed in as a seeded user; other requests are anonymous or use the real sign-in cookie.
/// </summary>
public sealed class GovDataWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govdata-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The temporary data folder (database, job storage, data-protection keys).</summary>
    public string DataDirectory => _directory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building its services, before the
        // factory's app-configuration callbacks run (they would silently leave the app on the repository's data/).
        builder.UseSetting("ConnectionStrings:GovData", $"Data Source={Path.Combine(_directory, "govdata.db")}");
        builder.UseSetting("Jobs:SqliteStoragePath", Path.Combine(_directory, "govdata-jobs.db"));
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.ConfigureTestServices(services =>
        {
            services.AddGovDataTestAuthentication();
            // The demo seed hashes ~35 passwords at start-up; the production cost (100,000 iterations) would add
            // seconds to every factory and tests nothing. Verification reads the count from each hash.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
