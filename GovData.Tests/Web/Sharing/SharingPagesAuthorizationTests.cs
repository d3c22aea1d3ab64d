using GovData.Domain.Resources;
using System.Net;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Tests.Support;
using GovData.Web.Components;
using GovData.Workflows.Persistence;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Sharing;

/// <summary>The sharing pages through the real app: roles refused by the server, and one department's requests
/// and grants never shown to another. Its own app instance: these tests write requests.</summary>
public sealed class SharingPagesAuthorizationTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task SharingCatalog_RefusesTheApplicant_AndServesStaffInChinese()
    {
        var refused = await factory.CreateClientAs("applicant@govdata.local").GetAsync(AppRoutes.SharingCatalog);
        var served = await factory.CreateClientAs("requester.rs@govdata.local").GetAsync(AppRoutes.SharingCatalog);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("共享目录", WebUtility.HtmlDecode(await served.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyRequests_RefusesAnApproverWithoutRequesterRole()
    {
        var response = await factory.CreateClientAs("approver.ga@govdata.local").GetAsync(AppRoutes.SharingRequests);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task MyRequestsAndGrants_AreNotShownToAnotherDepartment()
    {
        const string Purpose = "市场主体住所核验-页面可见性测试";
        await SubmitAndGrantAsync(Purpose);

        var mine = await PageAsync("requester.scjg@govdata.local", AppRoutes.SharingRequests);
        var others = await PageAsync("requester.jt@govdata.local", AppRoutes.SharingRequests);
        var myGrants = await PageAsync("requester.scjg@govdata.local", AppRoutes.SharingGrants);
        var otherGrants = await PageAsync("requester.jt@govdata.local", AppRoutes.SharingGrants);

        Assert.Contains(Purpose, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(Purpose, others, StringComparison.Ordinal);
        Assert.Contains(Purpose, myGrants, StringComparison.Ordinal);
        Assert.DoesNotContain(Purpose, otherGrants, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string email, string route)
    {
        var response = await factory.CreateClientAs(email).GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task SubmitAndGrantAsync(string purpose)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        var today = ChinaTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == "requester.scjg@govdata.local");
        var requester = new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, new HashSet<string> { Roles.Requester });
        var conditional = await db.DataResources.SingleAsync(r => r.Code == ResourceCode.Parse("1.03.001/ZRZY-0001"));
        var items = await db.DataItems.Where(i => i.DataResourceId == conditional.Id).Select(i => i.Id).ToListAsync();
        var submitted = await scope.ServiceProvider.GetRequiredService<SubmitShareRequest>().ExecuteAsync(
            requester, new SubmitShareRequestCommand(conditional.Id, purpose, "登记职责", [items[0]], today, today.AddDays(30)));
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var unconditional = await db.DataResources.SingleAsync(r => r.Code == ResourceCode.Parse("3.04.002/JT-0002"));
        var granted = await scope.ServiceProvider.GetRequiredService<RequestUnconditionalShare>().ExecuteAsync(
            requester, new RequestUnconditionalShareCommand(unconditional.Id, purpose, "登记职责"));
        Assert.True(granted.Succeeded, granted.ErrorKey);
    }
}
