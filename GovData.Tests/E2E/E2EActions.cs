using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>Steps several browser tests take on a prerendered page that becomes interactive a moment later.</summary>
internal static class E2EActions
{
    /// <summary>Clicks a workflow action until its dialog shows: a click that lands before the circuit is interactive
    /// does nothing. The page is first awaited interactive (both layouts mark it), so one click normally suffices and
    /// a click is repeated only after a long wait: a second click while the first one's dialog was still on its way
    /// (seconds, on a loaded machine) opened two dialogs.</summary>
    public static async Task OpenDialogAsync(IPage page, string trigger)
    {
        var dialog = page.Locator(".mud-dialog");
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        for (var attempt = 0; attempt < 10 && await dialog.CountAsync() == 0; attempt++)
        {
            try
            {
                // A short timeout: a dialog that opened from the previous click covers the button, and a normal click
                // would wait its full timeout for an overlay that never leaves; the loop condition sees the dialog.
                await page.ClickAsync("[data-testid=action-" + trigger + "]", new() { Timeout = 2000 });
            }
            catch (TimeoutException)
            {
                continue;
            }

            try
            {
                // 15 s: under load a dialog can take seconds to open after the click that opened it; clicking again
                // sooner opened a second one.
                await dialog.WaitForAsync(new() { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                // Not interactive yet: click again.
            }
        }

        await Expect(dialog).ToBeVisibleAsync();
    }

    /// <summary>Waits until a page just navigated to is settled: a page the server prerendered for a circuit
    /// (its HTML holds a Blazor server component marker) until the circuit runs it (<c>data-interactive=true</c>, set by
    /// both layouts); a statically rendered page (the account pages, a re-executed status page such as /jobs refusing a
    /// requester, whose layout never becomes interactive) as it is. Replaces a fixed wait: as short as the page allows.</summary>
    /// <returns>Whether the page was one for a circuit (and is interactive now).</returns>
    public static async Task<bool> WaitUntilSettledAsync(IPage page, IResponse response)
    {
        var html = await response.TextAsync();
        if (!html.Contains(ComponentMarker, StringComparison.Ordinal))
        {
            return false;
        }

        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        return true;
    }

    /// <summary>The start of the comment Blazor writes for a prerendered interactive component (the app's render mode
    /// is interactive server only).</summary>
    internal const string ComponentMarker = "<!--Blazor:{";

    /// <summary>Sets a file on a file input until <paramref name="done"/> shows: files set before the circuit is
    /// interactive are not read.</summary>
    public static async Task SetFileUntilAsync(IPage page, ILocator input, string path, ILocator done)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await input.SetInputFilesAsync(path);
            try
            {
                await done.WaitForAsync(new() { Timeout = 3000 });
                return;
            }
            catch (TimeoutException)
            {
                // Not interactive yet: set it again.
            }
        }

        await Expect(done).ToBeVisibleAsync();
    }
}
