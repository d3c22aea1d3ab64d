using System.Diagnostics;
using System.Net.Http.Json;
using GovData.Tests.E2E;
using GovData.Workflows.Deadlines;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.Nodes;

/// <summary>
/// Issue #15 part 2, for real: two app processes on one PostgreSQL database and one Redis (decision 0031). A sign-in
/// on node A is valid on node B (Data Protection keys in the database); an approval on node A reaches the requester's
/// open bell on node B within a second (Redis backplane); both nodes sweep at the same moment and each notice is sent
/// once; a node killed mid-sweep loses nothing (the other node's next sweep finishes the work).
/// </summary>
[Collection(TwoNodesCollection.Name)]
public sealed class TwoNodesTests(TwoNodesFixture nodes)
{
    private const string WjPurposeAtGa = "出生医学证明签发时核验父母身份证件";
    private const string ShotDirectory = "/tmp/shots-nodes";

    [Fact]
    public async Task SignInCookie_FromNodeA_IsValidOnNodeB()
    {
        var page = await nodes.A.NewPageAsync();
        try
        {
            await nodes.A.SignInAsync(page, "lead.ga@govdata.local");
            // Cookies are per host, not per port: the browser sends node A's cookie to node B, which must read it.
            await page.GotoAsync(nodes.B.BaseUrl + "/notifications");

            Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.OrdinalIgnoreCase);
            await Expect(page.Locator("[data-testid=notification-bell]")).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Approval_OnNodeA_ShowsOnTheOpenBellOnNodeB_WithinOneSecond()
    {
        var instanceId = await nodes.ScalarAsync<long>(
            $"SELECT \"WorkflowInstanceId\" FROM \"ShareRequests\" WHERE \"Purpose\" = '{WjPurposeAtGa}'");
        var requester = await nodes.B.NewPageAsync();
        var approver = await nodes.A.NewPageAsync();
        // Page loads (not the bell) can be slow while the whole suite runs on two cores.
        requester.Context.SetDefaultTimeout(45_000);
        approver.Context.SetDefaultTimeout(45_000);
        try
        {
            await nodes.B.SignInAsync(requester, "requester.wj@govdata.local");
            await nodes.B.GotoAsync(requester, "/notifications");
            var badge = requester.Locator(".gd-bell-badge .mud-badge");
            var before = await badge.IsVisibleAsync() ? int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) : 0;
            await requester.Locator("[data-testid=notification-bell] button").First.ClickAsync();
            await Expect(requester.Locator(".gd-bell-popover .gd-bell-title")).ToBeVisibleAsync();

            await nodes.A.SignInAsync(approver, "approver.ga@govdata.local");
            await nodes.A.GotoAsync(approver, $"/workflows/{instanceId}");
            // One click on the interactive page (GotoAsync waited for it): a repeated click lands on the dialog's overlay.
            await approver.ClickAsync("[data-testid=action-Approve]");
            await Expect(approver.Locator(".mud-dialog")).ToBeVisibleAsync(new() { Timeout = 45_000 });
            var approvedNotification = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Notifications\" WHERE \"Link\" = '/workflows/{instanceId}'";
            var lastBefore = await nodes.ScalarAsync<long>(approvedNotification);
            // The page itself notes the moment its badge shows the new count (a DOM observer, not the test's polling,
            // whose back-off between checks can reach a second by itself).
            var expected = (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await requester.EvaluateAsync(
                """
                expected => {
                  window.__bellSeenAt = null;
                  const check = () => {
                    const badge = document.querySelector('.gd-bell-badge .mud-badge');
                    if (window.__bellSeenAt === null && badge && badge.textContent.trim() === expected) {
                      window.__bellSeenAt = Date.now();
                    }
                  };
                  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
                  check();
                }
                """,
                expected);
            await approver.Locator(".mud-dialog [data-testid=action-confirm]").ClickAsync();

            // The bell on node B counts one more while its menu stays open.
            await Expect(badge).ToHaveTextAsync(expected, new() { Timeout = 15_000 });
            var seenAtMs = await requester.EvaluateAsync<double?>("() => window.__bellSeenAt");
            Assert.True(seenAtMs is not null, "the page never noted its badge showing the new count");
            var seenAt = DateTimeOffset.FromUnixTimeMilliseconds((long)seenAtMs.Value).UtcDateTime;
            await Expect(requester.Locator(".gd-bell-popover .gd-bell-title")).ToBeVisibleAsync();
            var createdAt = await nodes.ScalarAsync<DateTime>(
                $"SELECT \"CreatedAtUtc\" FROM \"Notifications\" WHERE \"Link\" = '/workflows/{instanceId}' AND \"Id\" > {lastBefore} ORDER BY \"Id\" LIMIT 1");
            Directory.CreateDirectory(ShotDirectory);
            await requester.ScreenshotAsync(new() { Path = Path.Combine(ShotDirectory, "bell-on-node-b.png") });
            await Expect(approver.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已同意");

            // The notification's time is taken inside node A's transaction, before its commit: an upper bound.
            var latency = seenAt - DateTime.SpecifyKind(createdAt, DateTimeKind.Utc);
            Assert.True(latency < TimeSpan.FromSeconds(1), $"node B's bell showed the approval {latency.TotalMilliseconds:0} ms after node A wrote it");
        }
        catch
        {
            Directory.CreateDirectory(ShotDirectory);
            await requester.ScreenshotAsync(new() { Path = Path.Combine(ShotDirectory, "failed-requester-b.png") });
            await approver.ScreenshotAsync(new() { Path = Path.Combine(ShotDirectory, "failed-approver-a.png") });
            throw;
        }
        finally
        {
            await requester.Context.CloseAsync();
            await approver.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task BothNodesSweepAtOnce_EachNoticeOnce_ThenANodeKilledMidSweep_LosesNothing()
    {
        // Ten days on, the demo's open requests owe overdue notices and the first escalations.
        await MoveClocksAsync(10, nodes.A, nodes.B);
        var notificationsBefore = await nodes.ScalarAsync<long>("SELECT COUNT(*) FROM \"Notifications\"");
        var lastNotificationBefore = await nodes.ScalarAsync<long>("SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Notifications\"");
        var noticesBefore = await nodes.ScalarAsync<long>("SELECT COUNT(*) FROM \"DeadlineNotices\"");

        var results = await Task.WhenAll(SweepAsync(nodes.A), SweepAsync(nodes.B));

        // The background sweeps of the recurring job may run too (once a minute): count what the database holds.
        var notices = await nodes.ScalarAsync<long>("SELECT COUNT(*) FROM \"DeadlineNotices\"") - noticesBefore;
        var notifications = await nodes.ScalarAsync<long>("SELECT COUNT(*) FROM \"Notifications\"") - notificationsBefore;
        Assert.True(notices > 0, "the demo owes notices ten days on");
        Assert.True(results.Sum(r => r.Notices) <= notices);
        Assert.Equal(0, await DuplicateNotificationsAsync(lastNotificationBefore));
        Assert.Equal(0, await DuplicateMailsAsync());
        Assert.True(notifications >= notices);

        // Thirty days on: the rest of the ladder is owed. A third node (C) is killed while it sweeps; node A's next run
        // does the rest. (C, not B: the other tests of this class keep A and B.)
        var c = new TwoNodesFixture.NodeApp(nodes.ConnectionString, NodeTestServers.Redis);
        try
        {
            await c.InitializeAsync();
            await MoveClocksAsync(30, nodes.A, nodes.B, c);
            var sweepOnC = SweepAsync(c);
            await Task.Delay(150);
            await c.KillAppAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => sweepOnC);
        }
        finally
        {
            await c.DisposeAsync();
        }

        await SweepAsync(nodes.A);
        var again = await SweepAsync(nodes.A);

        Assert.Equal(0, again.Notices);
        Assert.Equal(0, await DuplicateNotificationsAsync(lastNotificationBefore));
        Assert.Equal(0, await DuplicateMailsAsync());
        Assert.Equal(0, await nodes.ScalarAsync<long>(
            "SELECT COUNT(*) FROM \"DeadlineNotices\" n WHERE NOT EXISTS (SELECT 1 FROM \"Notifications\" x WHERE x.\"Link\" = '/workflows/' || n.\"InstanceId\")"));
    }

    private static async Task MoveClocksAsync(int days, params TwoNodesFixture.NodeApp[] apps)
    {
        foreach (var node in apps)
        {
            using var response = await node.PostAsync("/testing/clock?days=" + days);
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task<DeadlineSweepResult> SweepAsync(TwoNodesFixture.NodeApp node)
    {
        using var response = await node.PostAsync("/testing/sweep");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DeadlineSweepResult>())!;
    }

    /// <summary>Notifications of one event to one user written twice (a notice sent twice).</summary>
    private Task<long> DuplicateNotificationsAsync(long afterId) => nodes.ScalarAsync<long>(
        "SELECT COUNT(*) FROM (SELECT 1 FROM \"Notifications\" WHERE \"Id\" > " + afterId +
        " GROUP BY \"RecipientUserId\", \"MessageKey\", \"MessageArguments\", \"Link\" HAVING COUNT(*) > 1) d");

    private Task<long> DuplicateMailsAsync() => nodes.ScalarAsync<long>(
        "SELECT COUNT(*) FROM (SELECT 1 FROM \"OutboxEmails\" GROUP BY \"IdempotencyKey\" HAVING COUNT(*) > 1) d");
}
