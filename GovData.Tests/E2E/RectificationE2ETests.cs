using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #12, done-when path (2) in a real browser, time moved by the test clock (decision 0027): 25 days on, 公安局's
/// daily 机动车登记信息 has been stale beyond the 30-day grace; the proposal job (triggered from the jobs dashboard) proposes
/// an order; the bureau issues it from the proposal with a deadline of one working day; two weeks on, the overdue job
/// drafts a 通报批评, the bureau confirms it and the public finds it on /portal/criticisms.
/// </summary>
[Collection(MovableClockCollection.Name)]
public sealed class RectificationE2ETests(MovableClockAppFixture app)
{
    private const string Provider = "市公安局";
    private const string Violation = "（四）未及时维护和更新政务数据资源";
    private static readonly TimeSpan JobWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task StaleCatalog_Proposal_OrderIssued_DeadlinePasses_CriticismConfirmed_OnThePortal()
    {
        IPage? admin = null;
        IPage? bureau = null;
        IPage? visitor = null;
        var step = "propose";
        try
        {
            await app.MoveClockAsync(25);
            admin = await app.NewPageAsync();
            await app.SignInAsync(admin, "admin@govdata.local");
            await TriggerJobAsync(admin, "oversight-proposals");

            bureau = await app.NewPageAsync();
            await app.SignInAsync(bureau, "bureau@govdata.local");
            var proposal = await WaitForRowAsync(bureau, "/oversight/proposals", "[data-testid=proposals-grid] tbody tr", row => row
                .Filter(new() { HasText = Provider })
                .Filter(new() { HasText = Violation })
                .Filter(new() { Has = bureau.Locator("[data-testid=proposal-issue]") }));
            await app.ScreenshotAsync(bureau, "70-oversight-proposals-bureau");

            step = "issue";
            await proposal.Locator("[data-testid=proposal-issue]").ClickAsync();
            await bureau.WaitForURLAsync(new Regex("/oversight/orders/new\\?proposal=\\d+$"));
            await Expect(bureau.Locator("textarea[data-testid=issue-evidence]")).ToHaveValueAsync(new Regex("CatalogEntry:\\d+"));
            await bureau.Locator("input[data-testid=issue-working-days]").FillAsync("1");
            await app.ScreenshotAsync(bureau, "71-oversight-issue-from-proposal-bureau");
            await bureau.Locator("[data-testid=issue-submit]").ClickAsync();
            await bureau.WaitForURLAsync(new Regex("/oversight/orders/\\d+$"));
            var orderHref = new Uri(bureau.Url).AbsolutePath;
            await Expect(bureau.Locator("[data-testid=order-state]")).ToHaveTextAsync("待签收");
            await app.ScreenshotAsync(bureau, "72-oversight-order-issued-bureau");

            step = "overdue";
            // Two weeks on: one working day has long passed, whatever holidays the calendar holds.
            await app.MoveClockAsync(39);
            await admin.Context.CloseAsync();
            admin = await app.NewPageAsync();
            await app.SignInAsync(admin, "admin@govdata.local");
            await TriggerJobAsync(admin, "oversight-criticisms");
            await bureau.Context.CloseAsync();
            bureau = await app.NewPageAsync();
            await app.SignInAsync(bureau, "bureau@govdata.local");
            var drafted = await WaitForRowAsync(bureau, orderHref, "[data-testid=order-criticism]", alert => alert);
            await app.ScreenshotAsync(bureau, "73-oversight-order-overdue-bureau");

            step = "confirm";
            await drafted.GetByRole(AriaRole.Link).ClickAsync();
            await bureau.WaitForURLAsync(new Regex("/oversight/criticisms/\\d+$"));
            await Expect(bureau.Locator("input[data-testid=criticism-title]")).ToHaveValueAsync(new Regex(Provider));
            await app.ScreenshotAsync(bureau, "74-oversight-criticism-draft-bureau");
            await bureau.Locator("[data-testid=criticism-publish]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=criticism-published-title]")).ToContainTextAsync(Provider);

            step = "portal";
            visitor = await app.NewPageAsync();
            // The public page is rendered on the server without a circuit: a plain navigation.
            await visitor.GotoAsync("/portal/criticisms");
            var published = visitor.Locator("[data-testid=portal-criticism]", new() { HasText = Provider });
            await Expect(published).ToHaveCountAsync(1);
            await Expect(published).ToContainTextAsync(Violation);
            await app.ScreenshotAsync(visitor, "75-portal-criticisms-public");
        }
        catch
        {
            foreach (var (page, name) in new[] { (admin, "admin"), (bureau, "bureau"), (visitor, "visitor") })
            {
                if (page is not null)
                {
                    await app.ScreenshotAsync(page, $"failed-rectification-{name}-{step}");
                }
            }

            await File.WriteAllTextAsync(Path.Combine(app.ScreenshotDirectory, "failed-rectification-app.log"), app.AppOutput);

            throw;
        }
        finally
        {
            await app.MoveClockAsync(0);
            foreach (var page in new[] { admin, bureau, visitor })
            {
                if (page is not null)
                {
                    await page.Context.CloseAsync();
                }
            }
        }
    }

    /// <summary>"Trigger now" on the jobs dashboard's recurring jobs: the app's own job server runs it on the moved clock.</summary>
    private async Task TriggerJobAsync(IPage admin, string jobId)
    {
        // The dashboard is Hangfire's page, not a Blazor one: a plain navigation.
        await admin.GotoAsync("/jobs/recurring");
        await admin.Locator($"input.js-jobs-list-checkbox[value='{jobId}']").CheckAsync();
        var trigger = admin.Locator("button.js-jobs-list-command[data-url$='/recurring/trigger']");
        await Expect(trigger).ToBeEnabledAsync();
        await trigger.ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Reloads <paramref name="href"/> until the job's result shows (the job server polls its queue).</summary>
    private async Task<ILocator> WaitForRowAsync(IPage page, string href, string selector, Func<ILocator, ILocator> narrow)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await app.GotoAsync(page, href);
            var found = narrow(page.Locator(selector));
            try
            {
                await Expect(found.First).ToBeVisibleAsync(new() { Timeout = 5_000 });
                return found.First;
            }
            catch (PlaywrightException) when (waited.Elapsed < JobWait)
            {
                // Not yet: the job is queued or running.
            }
        }
    }
}
