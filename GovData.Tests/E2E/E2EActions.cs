using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>Steps several browser tests take on a prerendered page that becomes interactive a moment later.</summary>
internal static class E2EActions
{
    /// <summary>Clicks a workflow action until its dialog shows: a click that lands before the circuit is interactive
    /// does nothing.</summary>
    public static async Task OpenDialogAsync(IPage page, string trigger)
    {
        var dialog = page.Locator(".mud-dialog");
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
                await dialog.WaitForAsync(new() { Timeout = 1500 });
            }
            catch (TimeoutException)
            {
                // Not interactive yet: click again.
            }
        }

        await Expect(dialog).ToBeVisibleAsync();
    }

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
