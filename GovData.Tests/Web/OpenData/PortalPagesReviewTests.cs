using System.Net;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Identity;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// What the portal review (issue #11 §2/§3, looked at as each user in a browser) fixed, through the real app's
/// prerendered HTML: odd verification codes get a clear message that does not echo them; not-found pages carry a
/// heading and a way back; an applicant with no applications is sent to the portal; the portal header offers an
/// applicant their applications (and nobody else); the brand link keeps a name when the phone layout hides it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class PortalPagesReviewTests(GovDataWebApplicationFactory factory)
{
    private const string Applicant = "applicant@govdata.local";
    private const string NewApplicant = "first.time.applicant@example.cn";

    [Fact]
    public async Task VerifyPage_MalformedCode_SaysWhatACodeLooksLike_WithoutEchoingIt()
    {
        var typed = new string('x', 300);

        var response = await factory.CreateClient().GetAsync("/portal/replies/" + typed);
        var html = await response.Content.ReadAsStringAsync();

        // (The language switch's return address and the retype form's action carry the path; the message must not.)
        var alert = html.IndexOf("data-testid=\"verify-not-found\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(alert > 0, "the not-found alert is shown");
        var form = html.IndexOf("data-testid=\"verify-code-form\"", alert, StringComparison.Ordinal);
        var message = html[alert..form];
        Assert.Contains("这不是有效的核验码", message, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_WellFormedUnknownCode_NamesTheCodeInItsCanonicalForm()
    {
        var html = await factory.CreateClient().GetStringAsync("/portal/replies/abcde-fghjk-mnpqr-stuvw");

        Assert.Contains("核验码 ABCDE-FGHJK-MNPQR-STUVW 没有对应的答复书", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_InEnglish_MalformedCodeMessageIsEnglish()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = await client.GetStringAsync("/portal/replies/not-a-code");

        Assert.Contains("This is not a valid verification code", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyPage_WithoutACode_AsksForOne_AndANotFoundCodeCanBeRetyped()
    {
        var client = factory.CreateClient();

        var empty = await client.GetAsync("/portal/replies");
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        var notFound = await client.GetStringAsync("/portal/replies/abcde-fghjk-mnpqr-stuvw");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("data-testid=\"verify-code-form\"", emptyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"verify-not-found\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"verify-code-form\"", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApplication_HasAHeadingAndAWayBackToMyApplications()
    {
        var html = await factory.CreateClientAs(Applicant).GetStringAsync("/portal/applications/999999");

        Assert.Contains("<h1 class=\"gd-empty-title\">找不到该申请。</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"detail-back-to-mine\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/applications\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForUnknownEntry_HasAHeadingAndAWayBackToThePortal()
    {
        var html = await factory.CreateClientAs(Applicant).GetStringAsync("/portal/apply/999999");

        Assert.Contains("<h1 class=\"gd-empty-title\">", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"apply-back-to-portal\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyForAnOpenEntry_ExplainsAndLinksBackToTheEntry()
    {
        var entryId = await factory.EntryIdAsync(DatasetDemoSeeder.BusLines);

        var html = await factory.CreateClientAs(Applicant).GetStringAsync($"/portal/apply/{entryId}");

        Assert.Contains("data-testid=\"apply-not-on-application\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/portal/entries/{entryId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"apply-submit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPortalEntry_HasAHeading()
    {
        var html = await factory.CreateClient().GetStringAsync("/portal/entries/999999");

        Assert.Contains("<h1 class=\"gd-empty-title\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/portal/entries/abc")]
    [InlineData("/portal/apply/abc")]
    public async Task AddressTheRouterDoesNotKnow_Is404WithAHeading(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1 class=\"gd-empty-title\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyApplications_Empty_OffersTheWayToThePortal()
    {
        await EnsureApplicantAsync(NewApplicant);

        var html = await factory.CreateClientAs(NewApplicant).GetStringAsync("/portal/applications");

        Assert.Contains("data-testid=\"mine-empty-browse\"", html, StringComparison.Ordinal);
        Assert.Contains("浏览开放数据", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Applicant, true)]
    [InlineData("approver.jt@govdata.local", false)]
    [InlineData(null, false)]
    public async Task PortalHeader_OffersMyApplicationsToApplicantsOnly(string? email, bool offered)
    {
        var client = email is null ? factory.CreateClient() : factory.CreateClientAs(email);

        var html = await client.GetStringAsync("/portal");

        Assert.Equal(offered, html.Contains("data-testid=\"nav-my-applications\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brand_KeepsItsAccessibleName_WhenThePhoneLayoutHidesTheText()
    {
        var html = await factory.CreateClient().GetStringAsync("/portal");

        Assert.Contains("data-testid=\"app-name\" aria-label=\"政务数据共享开放平台\"", html, StringComparison.Ordinal);
    }

    private async Task EnsureApplicantAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "赵初次", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "GovData#2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Applicant)).Succeeded);
    }
}
