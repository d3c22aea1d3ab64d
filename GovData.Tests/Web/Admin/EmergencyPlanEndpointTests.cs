using System.Net;
using System.Text;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Administration.EmergencyPlans;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Admin;

/// <summary>A stored emergency plan over HTTP: a download for those who may read it, the same 404 for everyone else.</summary>
[Collection(WebAppCollection.Name)]
public sealed class EmergencyPlanEndpointTests(GovDataWebApplicationFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    [Fact]
    public async Task ThePlan_IsADownload_ForTheAdminAndTheDepartmentsOfficer_AndNotFoundForOthers()
    {
        var planId = await StorePlanAsync("ZRZY");

        foreach (var reader in new[] { "admin@govdata.local", "security.zrzy@govdata.local", "bureau@govdata.local" })
        {
            var response = await factory.CreateClientAs(reader).GetAsync($"/admin/emergency-plans/{planId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        }

        foreach (var outsider in new[] { "security.ga@govdata.local", "approver.zrzy@govdata.local", "requester.rs@govdata.local" })
        {
            var response = await factory.CreateClientAs(outsider).GetAsync($"/admin/emergency-plans/{planId}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("找不到该应急预案", body, StringComparison.Ordinal);
            Assert.DoesNotContain("%PDF", body, StringComparison.Ordinal);
        }

        var unknown = await factory.CreateClientAs("admin@govdata.local").GetAsync("/admin/emergency-plans/987654");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheApplicantIsForbidden_AndAnonymousIsSentToSignIn()
    {
        var planId = await StorePlanAsync("JT");

        var applicant = await factory.CreateClientAs("applicant@govdata.local").GetAsync($"/admin/emergency-plans/{planId}");
        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/admin/emergency-plans/{planId}");

        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<int> StorePlanAsync(string departmentCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@govdata.local");
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Code == departmentCode);
        var user = new UserContext(admin.Id, admin.DisplayName, admin.DepartmentId, true, new HashSet<string> { Roles.SystemAdmin });
        var result = await scope.ServiceProvider.GetRequiredService<StoreEmergencyPlan>().ExecuteAsync(user, department.Id, "预案.pdf", Pdf, "测试");
        Assert.True(result.Succeeded, result.ErrorKey);
        return (await scope.ServiceProvider.GetRequiredService<ListEmergencyPlans>().ExecuteAsync(user, department.Id))[0].Id;
    }
}
