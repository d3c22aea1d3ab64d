using GovData.Workflows.Administration;
using GovData.Workflows.Administration.Settings;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Persistence;

/// <summary>
/// At start: apply migrations (when configured), switch SQLite to WAL, seed demo data (when configured) or else create
/// the first SystemAdmin from the Bootstrap settings (when none exists).
/// </summary>
public sealed class DatabaseInitializer(
    IServiceProvider services,
    DatabaseOptions options,
    BootstrapOptions bootstrap,
    IDbContextFactory<GovDataDbContext> contextFactory,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer writes; it is a property of the file, set once.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }

            if (options.MigrateOnStartup)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                    await db.Database.MigrateAsync(cancellationToken);
                }
            }
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LoadStoredSettings>().ExecuteAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(cancellationToken);
        if (options.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Sharing.SharingDemoSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Catalog.CatalogDemoSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Oversight.OversightDemoSeeder>().SeedAsync(cancellationToken);

            // Registered with the dataset store (the web app); a host without one has no datasets to seed.
            if (scope.ServiceProvider.GetService<OpenData.Datasets.DatasetDemoSeeder>() is { } datasets)
            {
                await datasets.SeedAsync(cancellationToken);
            }
            await scope.ServiceProvider.GetRequiredService<Disputes.DisputeDemoSeeder>().SeedAsync(cancellationToken);
        }
        else
        {
            await scope.ServiceProvider.GetRequiredService<BootstrapFirstAdmin>().ExecuteAsync(bootstrap, cancellationToken);
        }
    }
}
