using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// The demo city with every demo entry made Irregular (never stale), plus entries of our own around the thresholds of
/// <see cref="Today"/> (2026-03-10): Monthly allows 46 days (stale if updated before 2026-01-23), Weekly 10 days (before
/// 2026-02-28), Daily 2 days (before 2026-03-08).
/// </summary>
public sealed class StaleCatalogFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    /// <summary>10:00 in Shanghai on <see cref="Today"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    public DemoCatalogFixture Demo { get; } = new();

    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        await using var db = Demo.Database.WriteContext();
        await db.DataResources.ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdateCycle, UpdateCycle.Irregular));
        var ga = Demo.DepartmentIds["GA"];
        var rs = Demo.DepartmentIds["RS"];
        await AddAsync(db, "3.09.101/GA-9101", UpdateCycle.Monthly, new DateOnly(2026, 1, 22), ga);
        await AddAsync(db, "3.09.102/GA-9102", UpdateCycle.Monthly, new DateOnly(2026, 1, 23), ga);
        await AddAsync(db, "3.09.103/GA-9103", UpdateCycle.Weekly, new DateOnly(2026, 2, 27), ga);
        await AddAsync(db, "3.09.104/GA-9104", UpdateCycle.Weekly, new DateOnly(2026, 2, 28), ga);
        await AddAsync(db, "3.09.105/GA-9105", UpdateCycle.Irregular, new DateOnly(2020, 1, 1), ga);
        await AddAsync(db, "3.09.106/GA-9106", UpdateCycle.Monthly, new DateOnly(2020, 1, 1), ga, CatalogStatus.Draft);
        await AddAsync(db, "3.09.101/RS-9101", UpdateCycle.Daily, new DateOnly(2026, 3, 7), rs);
        await AddAsync(db, "3.09.102/RS-9102", UpdateCycle.Daily, new DateOnly(2026, 3, 8), rs);
    }

    public Task DisposeAsync() => Demo.DisposeAsync();

    private static Task AddAsync(
        GovDataDbContext db, string code, UpdateCycle cycle, DateOnly last, int department, CatalogStatus status = CatalogStatus.Published) =>
        TestCatalog.AddAsync(db, TestCatalog.Content(code) with { UpdateCycle = cycle, LastDataUpdate = last }, department, status);
}
