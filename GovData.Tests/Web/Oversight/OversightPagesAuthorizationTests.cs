using System.Net;
using GovData.Tests.Support;
using GovData.Workflows.Disputes;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Oversight;

/// <summary>
/// Every oversight page and the dispute decision PDF through the real app, for the wrong users: anonymous sent to sign
/// in; the applicant refused; every departmental role refused the bureau's pages; a department that is not the ordered
/// one (or a district bureau that does not supervise it) shown nothing of the demo order to 人社局; the decision PDF only
/// for the parties and the bureau. /portal/criticisms is public.
/// </summary>
public sealed class OversightPagesAuthorizationTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    private const string OrderNotFound = "未找到该整改通知";

    private static readonly string[] BureauPages =
    [
        "/oversight/proposals",
        "/oversight/orders/new",
        "/oversight/criticisms",
        "/oversight/criticisms/1",
        "/oversight/departments/1",
    ];

    public static TheoryData<string> AllPages => new()
    {
        "/oversight/proposals",
        "/oversight/orders",
        "/oversight/orders/new",
        "/oversight/orders/1",
        "/oversight/criticisms",
        "/oversight/criticisms/1",
        "/oversight/departments/1",
    };

    /// <summary>Every departmental role (of 公安局, which is no party to the demo order or dispute) and the administrator.</summary>
    public static TheoryData<string> NonBureauStaff => new()
    {
        "lead.ga@govdata.local",
        "catalog.ga@govdata.local",
        "approver.ga@govdata.local",
        "requester.ga@govdata.local",
        "security.ga@govdata.local",
        "admin@govdata.local",
    };

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Anonymous_IsSentToSignIn(string route)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task TheApplicant_IsRefused(string route)
    {
        var response = await factory.CreateClientAs("applicant@govdata.local").GetAsync(route);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(NonBureauStaff))]
    public async Task BureauPages_RefuseEveryOtherStaffRole(string email)
    {
        var client = factory.CreateClientAs(email);
        foreach (var route in BureauPages)
        {
            var response = await client.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} {route}: {response.StatusCode}");
        }

        var bureau = await factory.CreateClientAs("bureau@govdata.local").GetAsync("/oversight/proposals");
        Assert.Equal(HttpStatusCode.OK, bureau.StatusCode);
    }

    [Theory]
    [InlineData("lead.rs@govdata.local", true)]
    [InlineData("approver.rs@govdata.local", true)]
    [InlineData("bureau@govdata.local", true)]
    [InlineData("lead.ga@govdata.local", false)]
    [InlineData("catalog.ga@govdata.local", false)]
    [InlineData("approver.ga@govdata.local", false)]
    [InlineData("requester.ga@govdata.local", false)]
    [InlineData("security.ga@govdata.local", false)]
    [InlineData("bureau.gxq@govdata.local", false)]
    public async Task OrderPage_ShowsTheOrderToTheOrderedDepartmentAndItsBureauOnly(string email, bool sees)
    {
        var orderId = await DemoOrderAsync();

        var response = await factory.CreateClientAs(email).GetAsync($"/oversight/orders/{orderId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(!sees, html.Contains(OrderNotFound, StringComparison.Ordinal));
        Assert.Equal(sees, html.Contains("data-testid=\"order-state\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DepartmentPage_OfADepartmentTheDistrictBureauDoesNotSupervise_SaysNotFound()
    {
        var rs = await DepartmentAsync("RS");

        var district = WebUtility.HtmlDecode(await (await factory.CreateClientAs("bureau.gxq@govdata.local").GetAsync($"/oversight/departments/{rs}")).Content.ReadAsStringAsync());
        var municipal = WebUtility.HtmlDecode(await (await factory.CreateClientAs("bureau@govdata.local").GetAsync($"/oversight/departments/{rs}")).Content.ReadAsStringAsync());

        Assert.Contains("未找到该部门", district, StringComparison.Ordinal);
        Assert.DoesNotContain("department-disputes", district, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"department-disputes\"", municipal, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"department-orders\"", municipal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicCriticisms_AreOpenToEveryone()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/portal/criticisms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"portal-criticisms\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionPdf_IsForThePartiesAndTheBureau_NotFoundForAnyoneElse()
    {
        var disputeId = await DecideDemoDisputeAsync();
        var route = $"/disputes/{disputeId}/decision.pdf";

        foreach (var email in new[] { "requester.scjg@govdata.local", "approver.zrzy@govdata.local", "bureau@govdata.local" })
        {
            var party = await factory.CreateClientAs(email).GetAsync(route);
            Assert.True(party.StatusCode == HttpStatusCode.OK, $"{email}: {party.StatusCode}");
            Assert.Equal("application/pdf", party.Content.Headers.ContentType?.MediaType);
        }

        foreach (var email in new[] { "requester.jt@govdata.local", "lead.ga@govdata.local", "catalog.ga@govdata.local", "security.ga@govdata.local", "applicant@govdata.local", "bureau.gxq@govdata.local" })
        {
            var outsider = await factory.CreateClientAs(email).GetAsync(route);
            Assert.True(outsider.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{email}: {outsider.StatusCode}");
            Assert.NotEqual("application/pdf", outsider.Content.Headers.ContentType?.MediaType);
        }

        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(route);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public void DecisionTexts_GiveAFormatWithoutArgumentsAsWritten()
    {
        var texts = factory.Services.GetRequiredService<IDisputeDecisionTexts>();

        // Formatting "数共争决〔{0}〕{1:0000}号" with no arguments threw, and every decision crashed the bureau's circuit.
        Assert.Equal("数共争决〔{0}〕{1:0000}号", texts.Text("Document.NumberFormat"));
        Assert.Contains("2026年1月5日", texts.Text("Document.Meeting", "2026年1月5日", "甲", "乙"), StringComparison.Ordinal);
    }

    /// <summary>The bureau accepts the demo dispute (市场监管局 against 自然资源局's refusal) and upholds the refusal.</summary>
    private async Task<int> DecideDemoDisputeAsync()
    {
        int id;
        long instance;
        await using (var db = await ContextAsync())
        {
            var dispute = await db.Disputes.Where(d => d.Claim == DisputeDemoSeeder.Claim).Select(d => new { d.Id, d.WorkflowInstanceId }).SingleAsync();
            id = dispute.Id;
            instance = dispute.WorkflowInstanceId!.Value;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var fire = scope.ServiceProvider.GetRequiredService<FireTrigger>();
        var bureau = await GovData.Workflows.Seeding.DemoUserContext.ForAsync(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>(), "bureau@govdata.local", CancellationToken.None);
        var accepted = await fire.ExecuteAsync(new FireTriggerRequest(instance, DisputeWorkflowV1.Accept, new Dictionary<string, string>(), null), bureau);
        Assert.True(accepted.Succeeded, accepted.MessageKey);
        var decided = await fire.ExecuteAsync(
            new FireTriggerRequest(instance, DisputeWorkflowV1.UpholdRefusal, new Dictionary<string, string>(), "申请超出履职所必需的范围，维持不予共享。"), bureau);
        Assert.True(decided.Succeeded, decided.MessageKey);
        return id;
    }

    private async Task<int> DemoOrderAsync()
    {
        var rs = await DepartmentAsync("RS");
        await using var db = await ContextAsync();
        return await db.RectificationOrders.Where(o => o.DepartmentId == rs).Select(o => o.Id).FirstAsync();
    }

    private async Task<int> DepartmentAsync(string code)
    {
        await using var db = await ContextAsync();
        return await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    private async Task<GovDataDbContext> ContextAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
    }
}
