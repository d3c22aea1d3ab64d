using System.Globalization;
using System.Net;
using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Time;
using GovData.Tests.Support;
using GovData.Workflows.Identity;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using V1 = GovData.Workflows.OpenData.Applications.OpenDataApplicationWorkflowV1;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// Wrong users of the open-data application pages and files, through the real app: a partly granted application of
/// the demo applicant (for 3.04.003/JT-0003, whose data the demo seeds) is seen and downloaded by its applicant only —
/// another applicant, a department's staff and an anonymous caller get nothing of it; staff of another department
/// cannot decide it; the dataset upload page offers the upload to the entry's own department only.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OpenDataApplicationAccessTests(GovDataWebApplicationFactory factory)
{
    private const string Applicant = "applicant@govdata.local";
    private const string OtherApplicant = "other.applicant@example.cn";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (int Id, long InstanceId)? _granted;

    [Theory]
    [InlineData("/portal/applications/{0}")]
    [InlineData("/portal/applications/{0}/reply.pdf")]
    [InlineData("/portal/applications/{0}/data.csv")]
    public async Task Anonymous_IsSentToSignIn(string route)
    {
        var (id, _) = await GrantedAsync();

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(string.Format(CultureInfo.InvariantCulture, route, id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicant_GetsTheReplyAndExactlyTheGrantedItems()
    {
        var (id, _) = await GrantedAsync();
        var client = factory.CreateClientAs(Applicant);

        var reply = await client.GetAsync($"/portal/applications/{id}/reply.pdf");
        var data = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/portal/applications/{id}/data.csv"));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("application/pdf", reply.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFF从业资格证号,姓名\r\n", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicant_SeesWhenADecidedApplicationClosed_NotAnEmptyDueDate()
    {
        var (id, _) = await GrantedAsync();

        var page = await factory.CreateClientAs(Applicant).GetStringAsync($"/portal/applications/{id}");

        Assert.Contains("data-testid=\"detail-closed-on\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"detail-due\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyVerificationPage_ForARealReply_NamesItsFileInput()
    {
        var (id, _) = await GrantedAsync();
        var page = await factory.CreateClientAs(Applicant).GetStringAsync($"/portal/applications/{id}");
        var code = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"reply-code\">([^<]+)<").Groups[1].Value;

        var verify = await factory.CreateClient().GetStringAsync($"/portal/replies/{code}");

        Assert.NotEmpty(code);
        Assert.Contains("data-testid=\"verify-found\"", verify, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*aria-label=\"选择要比对的 PDF 文件\"[^>]*type=\"file\"|<input[^>]*type=\"file\"[^>]*aria-label=\"选择要比对的 PDF 文件\"", verify);
    }

    [Theory]
    [InlineData(OtherApplicant)]
    [InlineData("approver.ga@govdata.local")]
    [InlineData("approver.jt@govdata.local")]
    public async Task NobodyButTheApplicant_DownloadsTheGrantedData_AProblem404(string email)
    {
        var (id, _) = await GrantedAsync();

        var response = await factory.CreateClientAs(email).GetAsync($"/portal/applications/{id}/data.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("CZ3301", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherApplicant_SeesNeitherThePageNorTheReply()
    {
        var (id, _) = await GrantedAsync();
        var client = factory.CreateClientAs(OtherApplicant);

        var page = await client.GetStringAsync($"/portal/applications/{id}");
        var reply = await client.GetAsync($"/portal/applications/{id}/reply.pdf");
        var unknown = await client.GetAsync("/portal/applications/999999/reply.pdf");

        Assert.Contains("找不到该申请", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reply-code\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task StaffOfAnotherDepartment_CannotDecide_AndSeeNoActions()
    {
        var entryId = await factory.EntryIdAsync(DatasetDemoSeeder.TaxiDrivers);
        var applied = await ApplyAsync(entryId);

        var fired = await factory.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(applied.InstanceId, V1.Refuse, new Dictionary<string, string>(), "越权"), await factory.UserAsync("approver.ga@govdata.local"));
        var page = await factory.CreateClientAs("approver.ga@govdata.local").GetStringAsync($"/workflows/{applied.InstanceId}");

        Assert.False(fired.Succeeded);
        Assert.DoesNotContain("data-testid=\"action-PartlyGrant\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"action-Refuse\"", page, StringComparison.Ordinal);
        await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        Assert.Equal(V1.Submitted, (await db.WorkflowInstances.SingleAsync(i => i.Id == applied.InstanceId)).State);
    }

    [Theory]
    [InlineData("catalog.jt@govdata.local", true)]
    [InlineData("catalog.ga@govdata.local", false)]
    [InlineData("approver.jt@govdata.local", false)]
    public async Task DatasetUploadPage_OffersTheUploadToTheOwningDepartmentsCatalogManagerOnly(string email, bool offered)
    {
        var entryId = await factory.EntryIdAsync(DatasetDemoSeeder.BusLines);

        var response = await factory.CreateClientAs(email).GetAsync($"/catalog/resources/{entryId}/dataset");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(offered, html.Contains("data-testid=\"dataset-upload\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DatasetUploadPage_IsNotForAnonymousOrApplicants()
    {
        var entryId = await factory.EntryIdAsync(DatasetDemoSeeder.BusLines);

        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/catalog/resources/{entryId}/dataset");
        var applicant = await factory.CreateClientAs(Applicant).GetAsync($"/catalog/resources/{entryId}/dataset");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
    }

    /// <summary>Once per app: the demo applicant applies for three items of JT-0003, JT's approver grants two.</summary>
    private async Task<(int Id, long InstanceId)> GrantedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_granted is { } done)
            {
                return done;
            }

            await EnsureOtherApplicantAsync();
            var entryId = await factory.EntryIdAsync(DatasetDemoSeeder.TaxiDrivers);
            var applied = await ApplyAsync(entryId);
            await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
            var items = await db.DataItems.Where(i => i.DataResourceId == entryId).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync();
            var basis = await db.LegalBases.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
            var granted = await factory.Get<FireTrigger>().ExecuteAsync(
                new FireTriggerRequest(
                    applied.InstanceId,
                    V1.PartlyGrant,
                    new[]
                    {
                        OpenDataApplicationArguments.GrantedItems.Of([items[0].ToString(CultureInfo.InvariantCulture), items[1].ToString(CultureInfo.InvariantCulture)]),
                        OpenDataApplicationArguments.UseUntil.Of(ChinaTime.Today(factory.Get<TimeProvider>()).AddDays(30)),
                        OpenDataApplicationArguments.LegalBases.Of([basis.ToString(CultureInfo.InvariantCulture)]),
                    }.ToDictionary(a => a.Key, a => a.Value),
                    "注册单位不予开放"),
                await factory.UserAsync("approver.jt@govdata.local"));
            Assert.True(granted.Succeeded, granted.MessageKey);
            _granted = (applied.Id, applied.InstanceId);
            return _granted.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<(int Id, long InstanceId)> ApplyAsync(int entryId)
    {
        await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        var items = await db.DataItems.Where(i => i.DataResourceId == entryId).OrderBy(i => i.Position).Select(i => i.Id).Take(3).ToListAsync();
        var result = await factory.Get<SubmitOpenDataApplication>().ExecuteAsync(
            await factory.UserAsync(Applicant),
            new SubmitOpenDataApplicationCommand(
                entryId, items, "核验驾驶员从业资格", "投诉处理",
                new ApplicantDetails(ApplicantType.Citizen, "李市民", "11010519491231002X", "李市民", "13800138000", Applicant), true));
        Assert.True(result.Succeeded, string.Join(";", result.Violations.Select(v => v.Key)));
        return (result.Id!.Value, result.InstanceId!.Value);
    }

    private async Task EnsureOtherApplicantAsync()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(OtherApplicant) is not null)
        {
            return;
        }

        var user = new ApplicationUser { UserName = OtherApplicant, Email = OtherApplicant, DisplayName = "王市民", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "GovData#2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Applicant)).Succeeded);
    }
}
