using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovData.Tests.Support;

/// <summary>
/// The real web app (real SQLite in a temporary folder, demo seed, Hangfire server off) behind an in-process test
/// server, for endpoint and authorization tests.
/// </summary>
public sealed class GovDataWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govdata-web-tests", Guid.NewGuid().ToString("N"));

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
