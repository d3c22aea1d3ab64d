using System.Net;
using GovData.Domain.Disputes;
using GovData.Tests.Support;
using GovData.Workflows.Disputes;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Disputes;

/// <summary>
/// The dispute pages and the attachment download through the real app, over the demo dispute (SCJG contests ZRZY's
/// refusal): anonymous sent to sign in, the applicant refused, a department that is no party shown nothing of it, the
/// parties and the bureau shown it; attachments only ever as downloads.
/// </summary>
public sealed class DisputePagesAuthorizationTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Theory]
    [InlineData("/disputes")]
    [InlineData("/disputes/1")]
    [InlineData("/disputes/new?request=1")]
    [InlineData("/disputes/attachments/1")]
    [InlineData("/disputes/1/decision.pdf")]
    public async Task Anonymous_IsSentToSignIn(string route)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/disputes")]
    [InlineData("/disputes/new?request=1")]
    public async Task TheApplicant_IsRefused(string route)
    {
        var response = await factory.CreateClientAs("applicant@govdata.local").GetAsync(route);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("requester.scjg@govdata.local", true)]
    [InlineData("approver.zrzy@govdata.local", true)]
    [InlineData("bureau@govdata.local", true)]
    [InlineData("requester.jt@govdata.local", false)]
    [InlineData("lead.ga@govdata.local", false)]
    public async Task DetailPage_ShowsTheClaimToThePartiesAndTheBureauOnly(string email, bool sees)
    {
        var id = await DemoDisputeAsync();

        var html = await PageAsync(email, $"/disputes/{id}");

        Assert.Equal(sees, html.Contains(DisputeDemoSeeder.Claim[..20], StringComparison.Ordinal));
        Assert.Equal(!sees, html.Contains("dispute-not-found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilingPage_ForAnotherDepartmentsRequest_SaysNotFound()
    {
        var requestId = await DemoRequestAsync();

        var other = await PageAsync("requester.jt@govdata.local", $"/disputes/new?request={requestId}");
        var party = await PageAsync("requester.scjg@govdata.local", $"/disputes/new?request={requestId}");

        Assert.Contains("dispute-file-not-found", other, StringComparison.Ordinal);
        Assert.DoesNotContain("dispute-file-not-found", party, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_IsADownloadForAParty_AndNotFoundForAnyoneElse()
    {
        var attachmentId = await AttachAsync();

        var party = await factory.CreateClientAs("approver.zrzy@govdata.local").GetAsync($"/disputes/attachments/{attachmentId}");
        var outsider = await factory.CreateClientAs("requester.jt@govdata.local").GetAsync($"/disputes/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, party.StatusCode);
        Assert.Equal("attachment", party.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", party.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nosniff", party.Headers.GetValues("X-Content-Type-Options"));
        Assert.StartsWith("%PDF-", await party.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    private async Task<string> PageAsync(string email, string route)
    {
        var response = await factory.CreateClientAs(email).GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<int> DemoDisputeAsync()
    {
        await using var db = await ContextAsync();
        return await db.Disputes.Where(d => d.Claim == DisputeDemoSeeder.Claim).Select(d => d.Id).SingleAsync();
    }

    private async Task<int> DemoRequestAsync()
    {
        await using var db = await ContextAsync();
        return await db.Disputes.Where(d => d.Claim == DisputeDemoSeeder.Claim).Select(d => d.ShareRequestId!.Value).SingleAsync();
    }

    private async Task<int> AttachAsync()
    {
        var disputeId = await DemoDisputeAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        return await unitOfWork.RunAsSystemAsync(async (db, ct) =>
        {
            var row = DisputeAttachment.Of(disputeId, null, "证明.pdf", "application/pdf", "%PDF-1.7\n%%EOF"u8.ToArray(), new string('0', 64), "system", new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc));
            db.DisputeAttachments.Add(row);
            await db.SaveChangesAsync(ct);
            return row.Id;
        });
    }

    private async Task<GovDataDbContext> ContextAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
    }
}
