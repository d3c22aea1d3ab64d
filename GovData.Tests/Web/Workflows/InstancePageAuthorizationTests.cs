using System.Net;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Definitions;
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
        var approver = await GetAsync("approver.ga@govdata.local", id);

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

    private async Task<(long Id, string Subject)> StartAsync()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "requester.rs@govdata.local");
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        var ga = await db.Departments.Where(d => d.Code == "GA").Select(d => d.Id).SingleAsync();
        var requester = new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, roles.ToHashSet(StringComparer.Ordinal));
        var subject = "SR-WAF-" + Guid.NewGuid().ToString("N")[..8];
        var result = await factory.Services.GetRequiredService<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(ShareRequestWorkflowV1.DefinitionName, "ShareRequest", subject, ga, user.DepartmentId), requester);
        Assert.True(result.Succeeded, result.MessageKey);
        return (result.InstanceId!.Value, subject);
    }
}
