using System.Net;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Workflows;

/// <summary>/workflows/{id} through the real app: outsiders get the not-found content and none of the data.</summary>
[Collection(WebAppCollection.Name)]
public sealed class InstancePageAuthorizationTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task InstancePage_ForAnotherDepartment_ShowsNotFound_AndNoData()
    {
        var (id, subject) = await StartAsync();

        var outsider = await GetAsync("approver.wj@govdata.local", id);
        var approver = await GetAsync("approver.zrzy@govdata.local", id);

        Assert.Equal(HttpStatusCode.OK, outsider.Status);
        Assert.Contains("未找到该事项", outsider.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, outsider.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("workflow-journal", outsider.Html, StringComparison.Ordinal);
        Assert.Contains(subject, approver.Html, StringComparison.Ordinal);
        Assert.Contains("workflow-journal", approver.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstancePage_OfMunicipalDepartments_IsTheMunicipalBureaus_NotADistrictBureaus()
    {
        var (id, subject) = await StartAsync();

        var district = await GetAsync("bureau.gxq@govdata.local", id);
        var municipal = await GetAsync("bureau@govdata.local", id);

        Assert.Contains("未找到该事项", district.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, district.Html, StringComparison.Ordinal);
        Assert.Contains(subject, municipal.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstancePage_SendsAnonymousToLogin()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/workflows/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string email, long id)
    {
        var response = await factory.CreateClientAs(email).GetAsync("/workflows/" + id);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A real share request (a step without its subject is refused): scjg asks ZRZY; its purpose is the secret.</summary>
    private async Task<(long Id, string Subject)> StartAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        var today = ChinaTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "requester.scjg@govdata.local");
        var requester = new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, new HashSet<string> { Roles.Requester });
        var resource = await db.DataResources.SingleAsync(r => r.Code == ResourceCode.Parse("1.03.001/ZRZY-0001"));
        var items = await db.DataItems.Where(i => i.DataResourceId == resource.Id).Select(i => i.Id).ToListAsync();
        var subject = "WAF-" + Guid.NewGuid().ToString("N")[..8];
        var submitted = await scope.ServiceProvider.GetRequiredService<SubmitShareRequest>().ExecuteAsync(
            requester, new SubmitShareRequestCommand(resource.Id, subject, "登记职责", [items[0]], today, today.AddDays(30)));
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        return (submitted.InstanceId!.Value, subject);
    }
}
