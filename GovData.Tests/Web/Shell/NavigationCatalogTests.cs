using System.Security.Claims;
using GovData.Domain.Identity;
using GovData.Web.Components;
using GovData.Web.Components.Layout;

namespace GovData.Tests.Web.Shell;

public sealed class NavigationCatalogTests
{
    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "u"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "test"));

    private static List<string> Routes(ClaimsPrincipal user) =>
        [.. NavigationCatalog.For(user).SelectMany(s => s.Items).Select(i => i.Href)];

    private static List<string?> Sections(ClaimsPrincipal user) =>
        [.. NavigationCatalog.For(user).Select(s => s.TitleKey)];

    [Fact]
    public void SystemAdmin_SeesEverythingBuiltSoFar_InIssueOrder()
    {
        Assert.Equal(
            [AppRoutes.Dashboard, AppRoutes.Inbox, AppRoutes.CatalogResources, AppRoutes.CatalogOpen, AppRoutes.CatalogApiKeys, AppRoutes.CatalogStale, AppRoutes.SharingCatalog, AppRoutes.SharingGrants, AppRoutes.SharingIssuedGrants, AppRoutes.OversightOrders, AppRoutes.Disputes, AppRoutes.AdminDepartments, AppRoutes.AdminUsers, AppRoutes.AdminHandovers, AppRoutes.AdminSettings, AppRoutes.AdminLegalBases, AppRoutes.AdminCalendar, AppRoutes.AdminAudit, AppRoutes.Jobs, AppRoutes.PortalDeadline, AppRoutes.PortalCriticisms],
            Routes(User(Roles.SystemAdmin)));
        Assert.Equal([null, "Nav.Group.Catalog", "Nav.Group.Sharing", "Nav.Group.Oversight", "Nav.Group.Disputes", "Nav.Group.Admin", "Nav.Group.Public"], Sections(User(Roles.SystemAdmin)));
    }

    [Theory]
    [InlineData(Roles.BureauOfficer)]
    [InlineData(Roles.DepartmentLead)]
    [InlineData(Roles.CatalogManager)]
    [InlineData(Roles.Approver)]
    [InlineData(Roles.Requester)]
    [InlineData(Roles.SecurityOfficer)]
    public void StaffRoles_SeeDashboardCatalogAndCalculator_NotAdministration(string role)
    {
        List<string> sharing = role is Roles.Requester or Roles.DepartmentLead
            ? [AppRoutes.SharingCatalog, AppRoutes.SharingRequests, AppRoutes.SharingGrants, AppRoutes.SharingIssuedGrants]
            : [AppRoutes.SharingCatalog, AppRoutes.SharingGrants, AppRoutes.SharingIssuedGrants];
        List<string> catalog = role switch
        {
            Roles.CatalogManager => [AppRoutes.CatalogResources, AppRoutes.CatalogDrafts, AppRoutes.CatalogImport, AppRoutes.CatalogOpen, AppRoutes.CatalogApiKeys, AppRoutes.CatalogStale],
            Roles.BureauOfficer => [AppRoutes.CatalogResources, AppRoutes.CatalogOpen, AppRoutes.CatalogStale],
            _ => [AppRoutes.CatalogResources, AppRoutes.CatalogOpen],
        };
        // Disputes (Art. 21): the bureau and the parties' speakers.
        List<string> disputes = role is Roles.BureauOfficer or Roles.DepartmentLead or Roles.Approver or Roles.Requester ? [AppRoutes.Disputes] : [];
        // The bureau reads the audit log (issue #14), read-only.
        List<string> admin = role == Roles.BureauOfficer ? [AppRoutes.AdminHandovers, AppRoutes.AdminAudit] : [];
        // Issue #12: the bureau works proposals, orders and criticisms; a department sees its own orders.
        List<string> oversight = role == Roles.BureauOfficer
            ? [AppRoutes.OversightProposals, AppRoutes.OversightOrders, AppRoutes.OversightCriticisms]
            : [AppRoutes.OversightOrders];
        Assert.Equal([AppRoutes.Dashboard, AppRoutes.Inbox, .. catalog, .. sharing, .. oversight, .. disputes, .. admin, AppRoutes.PortalDeadline, AppRoutes.PortalCriticisms], Routes(User(role)));
        if (role != Roles.BureauOfficer)
        {
            Assert.DoesNotContain("Nav.Group.Admin", Sections(User(role)));
        }
    }

    [Fact]
    public void Applicant_SeesDashboardTheirApplicationsAndPublicPagesOnly()
    {
        Assert.Equal([AppRoutes.Dashboard, AppRoutes.MyApplications, AppRoutes.PortalDeadline, AppRoutes.PortalCriticisms], Routes(User(Roles.Applicant)));
        Assert.DoesNotContain("Nav.Group.Catalog", Sections(User(Roles.Applicant)));
    }

    [Fact]
    public void Anonymous_SeesOnlyThePublicPages()
    {
        Assert.Equal([AppRoutes.PortalDeadline, AppRoutes.PortalCriticisms], Routes(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void Jobs_IsAFullPageLink()
    {
        var jobs = NavigationCatalog.All.SelectMany(s => s.Items).Single(i => i.Href == AppRoutes.Jobs);

        Assert.True(jobs.ForceLoad);
        Assert.All(NavigationCatalog.All.SelectMany(s => s.Items).Where(i => i.Href != AppRoutes.Jobs), i => Assert.False(i.ForceLoad));
    }
}
