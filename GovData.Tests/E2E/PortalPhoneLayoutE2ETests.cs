namespace GovData.Tests.E2E;

/// <summary>
/// The portal at phone width (390 px) in English, where the labels are longest: no page may scroll sideways. Before the
/// portal review the header overflowed by 54 px for a visitor and 83 px for a signed-in applicant, and a long typed
/// verification code pushed the reply page 1,700 px wide. Only a real browser lays the page out, hence an E2E test.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PortalPhoneLayoutE2ETests(WebAppProcessFixture app)
{
    private static readonly string[] VisitorPages = ["/portal", "/portal/replies/" + new string('x', 300), "/Account/Login"];

    private static readonly string[] ApplicantPages = ["/portal", "/portal/applications", "/portal/applications/999999"];

    [Fact]
    public async Task VisitorAndApplicant_InEnglishOnAPhone_NoPageScrollsSideways()
    {
        var page = await app.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/culture/set?culture=en&redirectUri=/portal");
            foreach (var path in VisitorPages)
            {
                await AssertFitsAsync(page, path);
            }

            await app.SignInAsync(page, "applicant@govdata.local");
            foreach (var path in ApplicantPages)
            {
                await AssertFitsAsync(page, path);
            }

            await app.ScreenshotAsync(page, "76-portal-applicant-phone-en");
        }
        catch
        {
            await app.ScreenshotAsync(page, "failed-portal-phone-layout");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertFitsAsync(Microsoft.Playwright.IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 390 px in English");
    }
}
