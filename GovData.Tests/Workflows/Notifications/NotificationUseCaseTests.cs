using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Dashboard;
using GovData.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Notifications;

public abstract class NotificationUseCaseTestsCases(TestProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = default!;
    private ShellTestData _data = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _data = await ShellTestData.SeedAsync(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private UserContext Alice => _data.GaApprover;

    private UserContext Bob => _data.RsCatalogManager;

    private async Task<long> SendAsync(string recipient, string key = "Notification.Welcome", string? link = "/notifications")
    {
        var id = await new SendNotification(_database, _time).ExecuteAsync(recipient, key, ["x"], link);
        _time.Advance(TimeSpan.FromMinutes(1));
        return id;
    }

    [Fact]
    public async Task SendNotification_StoresKeyArgumentsLinkAndTime()
    {
        var id = await new SendNotification(_database, _time).ExecuteAsync(Alice.UserId, "Notification.Welcome", ["赵审核人", "2"], "/Account/Manage");

        var page = await new ListNotifications(_database).ExecuteAsync(Alice);

        var item = Assert.Single(page.Items);
        Assert.Equal(id, item.Id);
        Assert.Equal("Notification.Welcome", item.MessageKey);
        Assert.Equal(new[] { "赵审核人", "2" }, item.Arguments);
        Assert.Equal("/Account/Manage", item.Link);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, item.CreatedAtUtc);
        Assert.False(item.IsRead);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task SendNotification_RefusesALinkOutsideTheApp(string link)
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => new SendNotification(_database, _time).ExecuteAsync(Alice.UserId, "Notification.Welcome", [], link));

        Assert.Equal("Notification.LinkNotLocal", error.Code);
    }

    [Fact]
    public async Task ListNotifications_ShowsOnlyTheUsersOwn_NewestFirst()
    {
        var first = await SendAsync(Alice.UserId);
        await SendAsync(Bob.UserId);
        var second = await SendAsync(Alice.UserId);

        var page = await new ListNotifications(_database).ExecuteAsync(Alice);

        Assert.Equal(new[] { second, first }, page.Items.Select(i => i.Id));
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(2, page.UnreadCount);
    }

    [Fact]
    public async Task ListNotifications_PagesAndClampsThePage()
    {
        for (var i = 0; i < 5; i++)
        {
            await SendAsync(Alice.UserId);
        }

        var list = new ListNotifications(_database);
        var second = await list.ExecuteAsync(Alice, page: 2, pageSize: 2);
        var beyond = await list.ExecuteAsync(Alice, page: 9, pageSize: 2);

        Assert.Equal(2, second.Items.Count);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(5, second.TotalCount);
        Assert.Equal(3, beyond.Page);
        Assert.Single(beyond.Items);
    }

    [Fact]
    public async Task ListNotifications_UnreadOnly()
    {
        var read = await SendAsync(Alice.UserId);
        var unread = await SendAsync(Alice.UserId);
        await new MarkNotificationRead(_database, _time).ExecuteAsync(Alice, read);

        var page = await new ListNotifications(_database).ExecuteAsync(Alice, unreadOnly: true);

        Assert.Equal(new[] { unread }, page.Items.Select(i => i.Id));
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(1, page.UnreadCount);
    }

    [Fact]
    public async Task CountUnread_CountsOnlyTheUsersOwnUnread()
    {
        var read = await SendAsync(Alice.UserId);
        await SendAsync(Alice.UserId);
        await SendAsync(Bob.UserId);
        await SendAsync(Bob.UserId);
        await new MarkNotificationRead(_database, _time).ExecuteAsync(Alice, read);

        var count = new CountUnreadNotifications(_database);

        Assert.Equal(1, await count.ExecuteAsync(Alice));
        Assert.Equal(2, await count.ExecuteAsync(Bob));
        Assert.Equal(0, await count.ExecuteAsync(UserContext.Anonymous));
    }

    [Fact]
    public async Task MarkRead_CannotMarkAnotherUsersNotification()
    {
        var alices = await SendAsync(Alice.UserId);

        var changed = await new MarkNotificationRead(_database, _time).ExecuteAsync(Bob, alices);

        Assert.False(changed);
        Assert.Equal(1, await new CountUnreadNotifications(_database).ExecuteAsync(Alice));
    }

    [Fact]
    public async Task MarkRead_KeepsTheFirstReadTime()
    {
        var id = await SendAsync(Alice.UserId);
        var markRead = new MarkNotificationRead(_database, _time);
        var firstRead = _time.GetUtcNow().UtcDateTime;

        Assert.True(await markRead.ExecuteAsync(Alice, id));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.False(await markRead.ExecuteAsync(Alice, id));

        await using var db = _database.CreateDbContext();
        var stored = await db.Notifications.SingleAsync(n => n.Id == id);
        Assert.Equal(firstRead, stored.ReadAtUtc);
    }

    [Fact]
    public async Task MarkAllRead_TouchesOnlyTheUsersOwn()
    {
        await SendAsync(Alice.UserId);
        await SendAsync(Alice.UserId);
        await SendAsync(Bob.UserId);

        var changed = await new MarkAllNotificationsRead(_database, _time).ExecuteAsync(Alice);

        var count = new CountUnreadNotifications(_database);
        Assert.Equal(2, changed);
        Assert.Equal(0, await count.ExecuteAsync(Alice));
        Assert.Equal(1, await count.ExecuteAsync(Bob));
    }

    [Fact]
    public async Task ListNotifications_AnotherUserSeesNothingOfMine()
    {
        await SendAsync(Alice.UserId);

        var page = await new ListNotifications(_database).ExecuteAsync(_data.Admin);
        var anonymous = await new ListNotifications(_database).ExecuteAsync(UserContext.Anonymous);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.UnreadCount);
        Assert.Empty(anonymous.Items);
    }
}

public sealed class NotificationUseCaseTests() : NotificationUseCaseTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class NotificationUseCaseTestsOnPostgreSql() : NotificationUseCaseTestsCases(TestProvider.PostgreSql);
