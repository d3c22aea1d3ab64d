using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Catalog;

public sealed class NotifyStaleCatalogTests(StaleCatalogFixture fixture) : IClassFixture<StaleCatalogFixture>
{
    private static NotifyStaleCatalog Job(ServiceProvider services) => services.CreateScope().ServiceProvider.GetRequiredService<NotifyStaleCatalog>();

    private ServiceProvider Services(FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(fixture.Demo.Database);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataMail();
        services.AddGovDataCatalog();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task RunTwiceTheSameDay_NotifiesEachDepartmentsCatalogManagersOnce_AndAgainTheNextDay()
    {
        var time = new FakeTimeProvider(StaleCatalogFixture.Now);
        await using var services = Services(time);

        var first = await Job(services).RunAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(3));
        var second = await Job(services).RunAsync(CancellationToken.None);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        await using var db = fixture.Demo.Database.CreateDbContext();
        var managers = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.CatalogManager
                && (user.DepartmentId == fixture.Demo.DepartmentIds["GA"] || user.DepartmentId == fixture.Demo.DepartmentIds["RS"])
            select new { user.Id, user.DepartmentId }).ToListAsync();
        Assert.NotEmpty(managers);
        var notifications = await db.Notifications.Where(n => n.MessageKey == NotifyStaleCatalog.MessageKey).ToListAsync();
        Assert.Equal(managers.Select(m => m.Id).Order(), notifications.Select(n => n.RecipientUserId).Order());
        Assert.All(notifications, n => Assert.Equal(NotifyStaleCatalog.Link, n.Link));
        var gaManager = managers.First(m => m.DepartmentId == fixture.Demo.DepartmentIds["GA"]).Id;
        Assert.Equal(["2"], notifications.First(n => n.RecipientUserId == gaManager).Arguments());
        Assert.Equal(2, await db.CatalogStalenessNotices.CountAsync(n => n.OnDate == StaleCatalogFixture.Today));
        var mails = await db.OutboxEmails.CountAsync(m => m.IdempotencyKey.StartsWith("catalog-stale:"));
        Assert.InRange(mails, 1, managers.Count);

        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await Job(services).RunAsync(CancellationToken.None));
    }
}
